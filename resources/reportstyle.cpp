// The report stylesheet's resource object is linked through this library (see CMakeLists.txt).
namespace pacte::resources {
int reportStyleAnchor()
{
    return 0;
}
} // namespace pacte::resources
