# SPDX-License-Identifier: MIT
# The Debian package (scripts/package): `cpack -G DEB` in a build folder after building prlens, prlens-app and
# prlens-icons. Dependencies are computed from the programs' libraries with dpkg-shlibdeps (package dpkg-dev).
set(CPACK_GENERATOR DEB)
# cpack installs what was built (scripts/package builds only the programs and icons), not the whole tree.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_PACKAGE_NAME prlens)
set(CPACK_PACKAGE_VENDOR "PR Lens")
set(CPACK_PACKAGE_CONTACT "PR Lens maintainers <prlens@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "A desktop dashboard and command line that review, week by week, what was merged\
 into a repository: counts, tags, hot files, risks and each pull request with its diff and review, from the\
 GitHub API or a local git clone, with a bilingual (English / Simplified Chinese) weekly report.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see it: the week cache's SQLite driver.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "git")
include(CPack)
