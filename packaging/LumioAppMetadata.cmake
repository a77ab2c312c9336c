# Platform metadata of the app target, kept next to the installers that show
# it: the Windows version resource and icon, and the macOS bundle Info.plist
# and .icns. app/CMakeLists.txt calls lumio_app_platform_metadata() once.

# lumio_app_platform_metadata(<target>)
function(lumio_app_platform_metadata target)
    set(icons "${PROJECT_SOURCE_DIR}/resources/icons")
    set(here "${PROJECT_SOURCE_DIR}/packaging")

    if(UNIX AND NOT APPLE)
        # Full RELRO (lintian's hardening-no-bindnow): the dynamic relocations
        # are resolved at start and made read-only.
        target_link_options(${target} PRIVATE "LINKER:-z,relro" "LINKER:-z,now")
    elseif(WIN32)
        # VERSIONINFO shows in Explorer's Details tab and in the MSI's Add/Remove
        # Programs entry; the ICON becomes the .exe icon and Qt's default window icon.
        set(LUMIO_RC_ICON "${icons}/com.lumio.BotControl.ico")
        configure_file("${here}/windows/lumio-bot-control.rc.in"
            "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc" @ONLY)
        target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
    elseif(APPLE)
        # The .icns is made from the committed PNGs with iconutil, which only
        # macOS has; the bundle simply goes without an icon when it is missing.
        find_program(LUMIO_ICONUTIL iconutil)
        set(icns "${CMAKE_CURRENT_BINARY_DIR}/com.lumio.BotControl.icns")
        if(LUMIO_ICONUTIL)
            add_custom_command(OUTPUT "${icns}"
                COMMAND "${here}/macos/make-icns.sh" "${icons}" "${icns}"
                DEPENDS "${here}/macos/make-icns.sh" "${icons}/hicolor/512x512/apps/com.lumio.BotControl.png"
                COMMENT "Making com.lumio.BotControl.icns with iconutil"
                VERBATIM)
            target_sources(${target} PRIVATE "${icns}")
            set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
            set_target_properties(${target} PROPERTIES MACOSX_BUNDLE_ICON_FILE com.lumio.BotControl.icns)
        else()
            message(WARNING "iconutil not found: the macOS bundle will have no icon")
        endif()
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST "${here}/macos/Info.plist.in"
            MACOSX_BUNDLE_BUNDLE_NAME "Lumio Bot Control"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${LUMIO_APP_ID}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 Lumio"
            # Xcode signs with these when the lead builds with the Xcode
            # generator; release signing itself is packaging/release/sign-macos.sh.
            XCODE_ATTRIBUTE_ENABLE_HARDENED_RUNTIME YES
            XCODE_ATTRIBUTE_CODE_SIGN_ENTITLEMENTS "${here}/macos/entitlements.plist")
    endif()
endfunction()
