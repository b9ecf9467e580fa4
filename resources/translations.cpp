// The translations' resource object is linked through this library (see CMakeLists.txt).
namespace pacte::resources {
int translationsAnchor()
{
    return 0;
}
} // namespace pacte::resources
