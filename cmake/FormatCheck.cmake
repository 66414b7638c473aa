# `cmake --build build --target format` rewrites the sources; `format-check` (also a ctest
# test when tests are on) fails when any file is not formatted as .clang-format says.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(NOT CLANG_FORMAT_EXECUTABLE)
    message(STATUS "clang-format not found: no format targets")
    return()
endif()

file(GLOB_RECURSE UPWATCH_FORMAT_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)

add_custom_target(format
    COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${UPWATCH_FORMAT_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Formatting sources with clang-format")
add_custom_target(format-check
    COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run -Werror ${UPWATCH_FORMAT_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Checking formatting with clang-format")
if(UPWATCH_BUILD_TESTS)
    add_test(NAME format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run -Werror ${UPWATCH_FORMAT_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
