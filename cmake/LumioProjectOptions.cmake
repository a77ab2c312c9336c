# One INTERFACE target carries the project-wide settings: language standard,
# warnings and strict Qt defines. Every target of ours links it, so a new
# target cannot forget them.
add_library(lumio_project_options INTERFACE)
add_library(Lumio::ProjectOptions ALIAS lumio_project_options)

target_compile_features(lumio_project_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(lumio_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    QT_USE_QSTRINGBUILDER
    # Deprecated API up to the oldest Qt we support (Debian 12 ships 6.4).
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    LUMIO_VERSION_STRING="${PROJECT_VERSION}"
)

if(MSVC)
    target_compile_options(lumio_project_options INTERFACE /W4 /permissive- /utf-8)
    if(LUMIO_WARNINGS_AS_ERRORS)
        target_compile_options(lumio_project_options INTERFACE /WX)
    endif()
else()
    target_compile_options(lumio_project_options INTERFACE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough)
    if(LUMIO_WARNINGS_AS_ERRORS)
        target_compile_options(lumio_project_options INTERFACE -Werror)
    endif()
endif()
