# CPACK_POST_BUILD_SCRIPTS (Linux): CPack's TGZ generator writes members in
# directory-listing order, which depends on the file system (ext4 hashes
# names, tmpfs keeps creation order). Re-pack the tarball with GNU tar in
# name order, root-owned, every mtime at SOURCE_DATE_EPOCH, gzip without a
# timestamp, so it is byte-identical on any machine. The .deb needs none of
# this: CPack's DEB generator already sorts members and honours
# SOURCE_DATE_EPOCH (checked by packaging/check-reproducible.sh).
foreach(pkg IN LISTS CPACK_PACKAGE_FILES)
    if(NOT pkg MATCHES "\\.tar\\.gz$")
        continue()
    endif()
    execute_process(COMMAND tar --version OUTPUT_VARIABLE tar_version ERROR_QUIET)
    find_program(gzip_exe gzip)
    if(NOT tar_version MATCHES "GNU tar" OR NOT gzip_exe)
        message(WARNING "repack-tarball: GNU tar or gzip missing; ${pkg} keeps CPack's member order")
        continue()
    endif()
    set(work "${pkg}.repack.d")
    file(REMOVE_RECURSE "${work}")
    file(MAKE_DIRECTORY "${work}")
    execute_process(COMMAND tar -xzpf "${pkg}" -C "${work}" COMMAND_ERROR_IS_FATAL ANY)
    file(GLOB top RELATIVE "${work}" "${work}/*")
    set(mtime_args "")
    if(DEFINED ENV{SOURCE_DATE_EPOCH} AND NOT "$ENV{SOURCE_DATE_EPOCH}" STREQUAL "")
        set(mtime_args "--mtime=@$ENV{SOURCE_DATE_EPOCH}")
    endif()
    execute_process(
        COMMAND tar --create --format=gnu --sort=name --owner=0 --group=0 --numeric-owner
                ${mtime_args} --directory "${work}" ${top}
        COMMAND "${gzip_exe}" -9n
        OUTPUT_FILE "${pkg}.repacked"
        COMMAND_ERROR_IS_FATAL ANY)
    file(RENAME "${pkg}.repacked" "${pkg}")
    file(REMOVE_RECURSE "${work}")
    message(STATUS "repack-tarball: ${pkg} re-packed in name order")
endforeach()
