// The icons' resource object is linked through this library (see CMakeLists.txt).
namespace pacte::resources {
int iconsAnchor()
{
    return 0;
}
} // namespace pacte::resources
