// The demo data's resource object is linked through this library (see CMakeLists.txt).
namespace pacte::resources {
int demoAnchor()
{
    return 0;
}
} // namespace pacte::resources
