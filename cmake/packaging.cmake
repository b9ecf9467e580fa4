# Packages made by CPack from the install rules: `cpack -G DEB` in the build folder, or
# scripts/package.sh from a clean tree. On Windows and macOS the same rules would feed NSIS or WiX
# and a DragNDrop image (docs/architecture.md, "Other platforms").

set(PACTE_PACKAGE_MAINTAINER "Pacte developers <pacte@example.org>"
    CACHE STRING "The Maintainer of the Debian package and the contact of its copyright file")

set(CPACK_PACKAGE_NAME pacte)
set(CPACK_PACKAGE_VENDOR "Pacte developers")
set(CPACK_PACKAGE_CONTACT "${PACTE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "coordinate a Pacte Territorial pour l'Insertion")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build.*/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(PACTE_DEBIAN_RELEASE 1)
    set(PACTE_DEBIAN_VERSION ${PROJECT_VERSION}-${PACTE_DEBIAN_RELEASE})
    set(CPACK_DEBIAN_PACKAGE_RELEASE ${PACTE_DEBIAN_RELEASE})
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PACTE_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # The extended description (CPack puts the summary first and indents the lines).
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Pacte is the desktop application with which the coordinator of a French
departement's Pacte Territorial pour l'Insertion (PTI) keeps the partners
and their referents, the territories, the strategic axes and themes, the
working groups and their action sheets, the indicators, the governance
meetings and the yearly evaluation, all in one local SQLite file. It checks
the pact's governance rules, exchanges working-group sheets with the
referents and writes the COPIL report (PDF, ODT, HTML).

The package holds the application, pacte, and its command line, pacte-cli.")
    # Libraries from dpkg-shlibdeps; the Qt plugins it cannot see (SQLite driver, display platforms)
    # and the report's font (DejaVu Sans: the same layout on every machine).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-dejavu-core")
    # The PostgreSQL driver: team mode on a server (docs/guide-administration.md).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")
    # No maintainer scripts: the dpkg triggers of shared-mime-info, desktop-file-utils and the icon
    # cache update their databases when the files land.
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    # /usr/share/doc/pacte: the machine-readable copyright file (with the EUPL's text, which Debian
    # does not ship in common-licenses) and the changelog, both required by Debian's policy.
    file(READ ${CMAKE_SOURCE_DIR}/LICENSE licence)
    string(REGEX REPLACE "\n+$" "" licence "${licence}")
    string(REPLACE "\n" "\n " PACTE_LICENCE_TEXT " ${licence}")
    # An empty line of a field is " ." (twice: consecutive empty lines overlap).
    foreach(pass 1 2)
        string(REPLACE "\n \n" "\n .\n" PACTE_LICENCE_TEXT "${PACTE_LICENCE_TEXT}")
    endforeach()
    configure_file(${CMAKE_SOURCE_DIR}/resources/packaging/copyright.in ${CMAKE_BINARY_DIR}/packaging/copyright @ONLY)
    execute_process(COMMAND date -u -R -d "${PACTE_RELEASE_DATE} 12:00"
                    OUTPUT_VARIABLE PACTE_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
    configure_file(${CMAKE_SOURCE_DIR}/resources/packaging/changelog.in ${CMAKE_BINARY_DIR}/packaging/changelog.Debian
                   @ONLY)
    set(changelog ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz)
    add_custom_command(OUTPUT ${changelog}
        COMMAND ${PACTE_GZIP} -9nkf ${CMAKE_BINARY_DIR}/packaging/changelog.Debian
        DEPENDS ${CMAKE_BINARY_DIR}/packaging/changelog.Debian VERBATIM)
    add_custom_target(pacte_debian_changelog ALL DEPENDS ${changelog})
    install(FILES ${CMAKE_BINARY_DIR}/packaging/copyright ${changelog} DESTINATION ${PACTE_INSTALL_DOCDIR})
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
endif()

# CPack's own CPACK_GENERATOR is overwritten by include(CPack) (with the source generators).
set(PACTE_PACKAGE_GENERATOR ${CPACK_GENERATOR})
include(CPack)
