# The newest release of the AppStream metadata is the project's version.
# cmake -DMETAINFO=... -DVERSION=... -P releasecheck.cmake
file(STRINGS "${METAINFO}" line REGEX "<release version=" LIMIT_COUNT 1)
if(NOT line MATCHES "version=\"${VERSION}\"")
    message(FATAL_ERROR "the newest <release> of ${METAINFO} is not ${VERSION}: ${line}")
endif()
