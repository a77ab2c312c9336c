# Test helpers. Every Qt Test executable is added through lumio_add_test so it
# runs offscreen, in test mode, with labels, and (when asked) with its own
# sandbox started by a CTest fixture.

find_program(LUMIO_NODE_EXECUTABLE NAMES node nodejs REQUIRED)
set(LUMIO_SANDBOX_DIR "${PROJECT_SOURCE_DIR}/tests/sandbox")

# lumio_add_sandbox_fixture(<name> [ARGS <server args>...])
# Adds setup/cleanup tests that start and stop one sandbox instance on a free
# port. The instance's URLs and demo tokens are written to
# ${CMAKE_CURRENT_BINARY_DIR}/sandbox-<name>.json; tests requiring fixture
# sandbox_<name> find that path in LUMIO_SANDBOX_INFO.
function(lumio_add_sandbox_fixture name)
    cmake_parse_arguments(ARG "" "" "ARGS" ${ARGN})
    set(info "${CMAKE_CURRENT_BINARY_DIR}/sandbox-${name}.json")
    add_test(NAME sandbox_start_${name}
        COMMAND ${LUMIO_NODE_EXECUTABLE} "${LUMIO_SANDBOX_DIR}/fixture.mjs" start "${info}" -- ${ARG_ARGS})
    set_tests_properties(sandbox_start_${name} PROPERTIES
        FIXTURES_SETUP sandbox_${name} LABELS "fixture" TIMEOUT 120)
    add_test(NAME sandbox_stop_${name}
        COMMAND ${LUMIO_NODE_EXECUTABLE} "${LUMIO_SANDBOX_DIR}/fixture.mjs" stop "${info}")
    set_tests_properties(sandbox_stop_${name} PROPERTIES
        FIXTURES_CLEANUP sandbox_${name} LABELS "fixture" TIMEOUT 60)
    set(LUMIO_LAST_SANDBOX_INFO "${info}" PARENT_SCOPE)
endfunction()

# lumio_add_test(<name> SOURCES ... [LIBRARIES ...] [LABELS ...]
#                [SANDBOX] [SANDBOX_ARGS ...] [TIMEOUT s] [ENVIRONMENT ...])
function(lumio_add_test name)
    cmake_parse_arguments(ARG "SANDBOX" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;SANDBOX_ARGS;ENVIRONMENT" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE
        Lumio::ProjectOptions Lumio::TestSupport Qt::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    # A home of its own per test and build tree: Qt's test mode writes under
    # ~/.qttest (settings, the triage database, caches), which would otherwise
    # be shared by every test and every checkout on the machine, so a newer
    # branch's database could fail an older one's test.
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${name}")
    file(MAKE_DIRECTORY "${home}")
    set(env
        "HOME=${home}"
        "QT_QPA_PLATFORM=offscreen"
        "LUMIO_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "QT_LOGGING_RULES=qt.qpa.*=false"
        ${ARG_ENVIRONMENT})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(labels ${ARG_LABELS})
    if(ARG_SANDBOX)
        lumio_add_sandbox_fixture(${name} ARGS ${ARG_SANDBOX_ARGS})
        list(APPEND env "LUMIO_SANDBOX_INFO=${LUMIO_LAST_SANDBOX_INFO}")
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED sandbox_${name})
        list(APPEND labels sandbox)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}" LABELS "${labels}" TIMEOUT ${ARG_TIMEOUT})
endfunction()
