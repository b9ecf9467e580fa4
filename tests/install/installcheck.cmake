# Installs the build into a fresh prefix and checks the layout a desktop expects.
# cmake -DBUILD_DIR=... -DPREFIX=... -P installcheck.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(file bin/pacte bin/pacte-cli share/applications/fr.pacte.Pacte.desktop
             share/icons/hicolor/scalable/apps/pacte.svg share/mime/packages/pacte.xml
             share/metainfo/fr.pacte.Pacte.metainfo.xml share/bash-completion/completions/pacte-cli
             share/doc/pacte/guide-utilisateur.md share/doc/pacte/guide-fiches.md
             share/doc/pacte/guide-administration.md)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
# The manual pages, in English and French (compressed where gzip exists).
foreach(page man/man1/pacte.1 man/man1/pacte-cli.1 man/fr/man1/pacte.1 man/fr/man1/pacte-cli.1)
    if(NOT EXISTS "${PREFIX}/share/${page}.gz" AND NOT EXISTS "${PREFIX}/share/${page}")
        message(FATAL_ERROR "not installed: share/${page}")
    endif()
endforeach()
file(READ "${PREFIX}/share/applications/fr.pacte.Pacte.desktop" desktop)
if(NOT desktop MATCHES "Exec=pacte %f" OR NOT desktop MATCHES "MimeType=application/x-pacte;")
    message(FATAL_ERROR "the desktop entry does not open Pacte files")
endif()
file(READ "${PREFIX}/share/mime/packages/pacte.xml" mime)
if(NOT mime MATCHES "application/x-pacte-sheet" OR NOT mime MATCHES "\\*\\.pacte\"")
    message(FATAL_ERROR "the MIME types are missing")
endif()
execute_process(COMMAND "${PREFIX}/bin/pacte-cli" --help RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed pacte-cli does not run: ${result}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
