# Checks what the linker cannot see: that no source includes a layer above its own (inline code in a
# header would compile across layers unnoticed), that the internals of storage and editing stay
# inside them, and that SQL and entity codes stay where they belong.
# cmake -DSOURCE_DIR=<repository>/src -P checklayers.cmake
cmake_minimum_required(VERSION 3.25)
# Each layer and the layers it may include, in the order of docs/architecture.md (commandline, the
# description of both command lines, sits beside the domain).
set(allowed_commandline commandline domain)
set(allowed_domain domain)
set(allowed_storage domain storage)
set(allowed_exchange domain storage exchange)
set(allowed_reports domain storage exchange reports)
set(allowed_editing domain storage exchange editing)
set(allowed_app commandline domain storage exchange reports editing app)
set(allowed_cli commandline domain storage exchange reports editing cli)
# Headers private to their layer (and to the tests): conditional reads by SQL, the undo commands.
set(private_storage storage/recordquery.h)
set(private_editing editing/documentcommand.h editing/recordcommands.h editing/axisupdatecommand.h
                    editing/freezeguard.h)

set(failures "")
foreach(layer commandline domain storage exchange reports editing app cli)
    file(GLOB_RECURSE sources "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    file(READ "${SOURCE_DIR}/${layer}/CMakeLists.txt" listed)
    foreach(source ${sources})
        file(RELATIVE_PATH name "${SOURCE_DIR}" "${source}")
        # Sources are listed by hand: one that is not would be left out of the build unnoticed.
        file(RELATIVE_PATH local "${SOURCE_DIR}/${layer}" "${source}")
        string(REGEX REPLACE "([.+])" "\\\\\\1" pattern "${local}")
        if(NOT listed MATCHES "(^|[ \n(])${pattern}([ \n)]|$)")
            list(APPEND failures "${name} is not listed in src/${layer}/CMakeLists.txt")
        endif()
        file(STRINGS "${source}" includes REGEX "^#include \"")
        foreach(line ${includes})
            string(REGEX MATCH "^#include \"([a-z]+)/" found "${line}")
            if(NOT found)
                continue() # a header of the same folder
            endif()
            set(target "${CMAKE_MATCH_1}")
            string(REGEX MATCH "\"(.*)\"" header "${line}")
            string(REPLACE "\"" "" header "${header}")
            if(target MATCHES "^(commandline|domain|storage|exchange|reports|editing|app|cli)$")
                list(FIND allowed_${layer} "${target}" index)
                if(index EQUAL -1)
                    list(APPEND failures "${name} includes ${header}: ${layer} may not use ${target}")
                endif()
            endif()
            foreach(owner storage editing)
                list(FIND private_${owner} "${header}" index)
                if(NOT index EQUAL -1 AND NOT layer STREQUAL owner)
                    list(APPEND failures "${name} includes ${header}, private to ${owner}")
                endif()
            endforeach()
        endforeach()
        # SQL statements are written in storage only.
        if(NOT layer STREQUAL "storage")
            file(STRINGS "${source}" sql REGEX "\"(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE TABLE|PRAGMA) ")
            foreach(line ${sql})
                string(STRIP "${line}" line)
                list(APPEND failures "${name} writes SQL outside storage: ${line}")
            endforeach()
        endif()
        # The application and the editing layer name entities by pacte::Entity, not by their codes.
        if(layer STREQUAL "app" OR layer STREQUAL "editing")
            file(STRINGS "${source}" codes
                 REGEX "QStringLiteral\\(\"(working_group|target_public|dispositif|territory|partner|person|edition|axis|theme|action|indicator|measurement|meeting|evaluation)\"\\)")
            foreach(line ${codes})
                # The change log's field names and the settings keys are not entity codes.
                if(line MATCHES "QT_TRANSLATE_NOOP|ListSection\\(|fitColumnsUnlessSaved|QCommandLineOption|addOption|Option = QStringLiteral|translate\\(\"main\"")
                    continue()
                endif()
                string(STRIP "${line}" line)
                list(APPEND failures "${name} names an entity by its code: ${line}")
            endforeach()
        endif()
    endforeach()
endforeach()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "Layering broken:\n  ${text}")
endif()
message(STATUS "Layers respected")
