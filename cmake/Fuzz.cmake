# UPWATCH_FUZZ: upwatch_core and everything else linking upwatch_config is instrumented for
# libFuzzer (coverage, no main) with AddressSanitizer and UndefinedBehaviorSanitizer; the fuzz
# executables in tests/fuzz add libFuzzer's main with -fsanitize=fuzzer. Clang only: GCC has no
# libFuzzer. Configure a separate build directory for it (tools/fuzz uses build-fuzz/).
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "UPWATCH_FUZZ needs Clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++")
endif()

# -O1 -g whatever the build type: fast enough to fuzz, readable stacks; a Debug build keeps
# Q_ASSERT and assert().
target_compile_options(upwatch_config INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined -O1 -g)
target_link_options(upwatch_config INTERFACE -fsanitize=address,undefined)
