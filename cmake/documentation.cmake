# Manual pages (English and French) and the bash completion of pacte-cli, written at build time by
# pacte-docgen from the one description of the command lines (src/commandline/), so that they
# cannot drift from `pacte-cli --help`. Compressed with gzip -9n where gzip exists (Debian's way).

# The release date of the manual pages: the newest release of the AppStream metadata, which must be
# the project's version (the CTest test appstream_release checks it too).
file(STRINGS ${CMAKE_SOURCE_DIR}/resources/fr.pacte.Pacte.metainfo.xml pacte_release_line
     REGEX "<release version=" LIMIT_COUNT 1)
if(NOT pacte_release_line MATCHES "version=\"([^\"]+)\" date=\"([0-9-]+)\"")
    message(FATAL_ERROR "resources/fr.pacte.Pacte.metainfo.xml has no release")
endif()
set(PACTE_RELEASE_VERSION ${CMAKE_MATCH_1})
set(PACTE_RELEASE_DATE ${CMAKE_MATCH_2})
if(NOT PACTE_RELEASE_VERSION STREQUAL PROJECT_VERSION)
    message(WARNING "The newest release in fr.pacte.Pacte.metainfo.xml is ${PACTE_RELEASE_VERSION}, "
                    "the project's version ${PROJECT_VERSION}: add a <release>.")
endif()

find_program(PACTE_GZIP gzip)
set(PACTE_MAN_DIR ${CMAKE_BINARY_DIR}/man)
set(pacte_generated_docs "")
foreach(program pacte pacte-cli)
    foreach(language en fr)
        if(language STREQUAL "en")
            set(folder man1)
        else()
            set(folder ${language}/man1)
        endif()
        set(page ${PACTE_MAN_DIR}/${folder}/${program}.1)
        set(commands COMMAND ${CMAKE_COMMAND} -E make_directory ${PACTE_MAN_DIR}/${folder}
                     COMMAND pacte-docgen man ${program} ${language} ${PROJECT_VERSION} ${PACTE_RELEASE_DATE} ${page})
        if(PACTE_GZIP)
            list(APPEND commands COMMAND ${PACTE_GZIP} -9nkf ${page})
            add_custom_command(OUTPUT ${page} ${page}.gz ${commands} DEPENDS pacte-docgen VERBATIM)
            list(APPEND pacte_generated_docs ${page}.gz)
            install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/${folder})
        else()
            add_custom_command(OUTPUT ${page} ${commands} DEPENDS pacte-docgen VERBATIM)
            install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/${folder})
        endif()
        list(APPEND pacte_generated_docs ${page})
    endforeach()
endforeach()

set(PACTE_COMPLETION ${CMAKE_BINARY_DIR}/completion/pacte-cli)
add_custom_command(OUTPUT ${PACTE_COMPLETION}
    COMMAND pacte-docgen completion ${CMAKE_SOURCE_DIR}/resources/completion/pacte-cli.bash.in ${PACTE_COMPLETION}
    DEPENDS pacte-docgen ${CMAKE_SOURCE_DIR}/resources/completion/pacte-cli.bash.in VERBATIM)
list(APPEND pacte_generated_docs ${PACTE_COMPLETION})
install(FILES ${PACTE_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

add_custom_target(pacte_docs ALL DEPENDS ${pacte_generated_docs})
