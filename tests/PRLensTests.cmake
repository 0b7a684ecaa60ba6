# SPDX-License-Identifier: MIT
# prlens_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS prlens_model [LABELS x])
# Every test runs headless, in UTC and the C locale, and knows where the shared datasets are.
get_filename_component(PRLENS_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" ABSOLUTE)
function(prlens_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    # The GitHub code linked in rather than loaded from prlens-github.so (see GitHubSupport).
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS} prlens_github_linked)
    if(T_LIBS MATCHES "prlens_ui_")
        # The diff highlighting linked in rather than loaded from prlens-syntax.so (see SyntaxRepository).
        target_link_libraries(${T_NAME} PRIVATE prlens_syntax_linked)
    endif()
    target_compile_definitions(${T_NAME} PRIVATE
        PRLENS_SHARED_DIR="${PRLENS_SHARED_DIR}"
        PRLENS_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
        PRLENS_TESTS_SOURCE_DIR="${PROJECT_SOURCE_DIR}/tests"
        PRLENS_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=UTC;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 300
        LABELS "${T_LABELS}")
endfunction()
