// The user guides' resource object is linked through this library (see CMakeLists.txt).
namespace pacte::resources {
int guideAnchor()
{
    return 0;
}
} // namespace pacte::resources
