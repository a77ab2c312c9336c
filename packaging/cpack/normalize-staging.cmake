# CPACK_PRE_BUILD_SCRIPTS (Linux): runs after CPack installed into its staging
# directory, before the packages are made. Directories created implicitly by
# install() take the builder's umask; set every mode explicitly so packages
# made under umask 002 (some CI images) and 022 are the same bytes. Owners and
# mtimes are already fixed by CPack (root:root, SOURCE_DATE_EPOCH).
if(NOT CPACK_TEMPORARY_DIRECTORY OR NOT IS_DIRECTORY "${CPACK_TEMPORARY_DIRECTORY}")
    message(FATAL_ERROR "normalize-staging: no staging directory (CPACK_TEMPORARY_DIRECTORY)")
endif()
file(GLOB_RECURSE entries LIST_DIRECTORIES true "${CPACK_TEMPORARY_DIRECTORY}/*")
foreach(entry IN LISTS entries)
    if(IS_SYMLINK "${entry}")
        continue()
    elseif(IS_DIRECTORY "${entry}")
        file(CHMOD "${entry}" PERMISSIONS
            OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    else()
        # Keep the executable bit where install() set it (the binary), drop
        # group/world write everywhere.
        execute_process(COMMAND test -x "${entry}" RESULT_VARIABLE not_exec)
        if(not_exec EQUAL 0)
            file(CHMOD "${entry}" PERMISSIONS
                OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
        else()
            file(CHMOD "${entry}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
        endif()
    endif()
endforeach()
