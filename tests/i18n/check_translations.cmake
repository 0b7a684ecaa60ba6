# SPDX-License-Identifier: MIT
# Fails when the committed .ts files are not exactly what lupdate makes of today's sources (a string was added,
# changed or removed without updating them), or when any entry is unfinished.
# Inputs: LUPDATE, LCONVERT, PROJECT_IN (the .lupdate/*_project.cmake), GENERATOR (GenerateLUpdateProject.cmake),
#         TS_DIR (translations/), WORK_DIR (scratch).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR}" RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "could not generate the lupdate project")
endif()

set(failed FALSE)
foreach(lang zh_CN en)
    set(committed "${TS_DIR}/prlens_${lang}.ts")
    set(fresh "${WORK_DIR}/prlens_${lang}.ts")
    configure_file("${committed}" "${fresh}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json" -no-obsolete
                            -locations none -ts "${fresh}" RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "lupdate failed for ${lang}")
    endif()
    if(lang STREQUAL "en")
        execute_process(COMMAND "${LCONVERT}" -pluralonly -i "${fresh}" -o "${fresh}" RESULT_VARIABLE rc)
    endif()
    file(READ "${committed}" a)
    file(READ "${fresh}" b)
    if(NOT a STREQUAL b)
        message(SEND_ERROR "translations/prlens_${lang}.ts is out of date with the sources: run "
                           "'cmake --build build/dev --target update_translations', translate, commit.")
        execute_process(COMMAND diff -u "${committed}" "${fresh}")
        set(failed TRUE)
    endif()
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${a}")
    string(REGEX MATCHALL "type=\"vanished\"|type=\"obsolete\"" vanished "${a}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH vanished n_vanished)
    if(n_unfinished OR n_vanished)
        message(SEND_ERROR "translations/prlens_${lang}.ts: ${n_unfinished} unfinished, ${n_vanished} vanished entries")
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations incomplete")
endif()
message(STATUS "translations complete")
