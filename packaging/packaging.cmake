# `make package`: a Debian package of the binary and the web app (the `server` component, also what
# `cmake --install` installs), with the systemd unit, its settings file and the docs (`service`,
# for the package only: a plain install leaves /etc and /lib alone).
set(PACKAGING_DIR ${CMAKE_SOURCE_DIR}/packaging)
install(FILES ${PACKAGING_DIR}/medimeet.service DESTINATION /lib/systemd/system COMPONENT service EXCLUDE_FROM_ALL)
install(FILES ${PACKAGING_DIR}/medimeet.env DESTINATION /etc/medimeet COMPONENT service EXCLUDE_FROM_ALL)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${PACKAGING_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/medimeet COMPONENT service EXCLUDE_FROM_ALL)
install(FILES ${PACKAGING_DIR}/nginx-medimeet.conf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/medimeet/examples COMPONENT service EXCLUDE_FROM_ALL)
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/medimeet COMPONENT service EXCLUDE_FROM_ALL)
# Debian wants the changelog gzipped with no timestamp, so that builds are reproducible.
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/changelog.gz
                   COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
                   COMMAND gzip -9nc ${PACKAGING_DIR}/changelog > ${CMAKE_BINARY_DIR}/packaging/changelog.gz
                   DEPENDS ${PACKAGING_DIR}/changelog)
add_custom_target(packaging_files ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/changelog.gz)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME medimeet)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "MediMeet team <team@medimeet.localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "book doctors and consult them online")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Self-hostable platform where patients find doctors, book real free slots,\nmessage them and consult by video, and doctors run their agenda, records and\nprescriptions. One server: JSON API, web app, WebSocket events and background\njobs, on SQLite or PostgreSQL.")
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The libraries' packages from dpkg-shlibdeps; beside them what the binary opens by path.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, tzdata, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql, coturn, nginx")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PACKAGING_DIR}/conffiles ${PACKAGING_DIR}/postinst ${PACKAGING_DIR}/prerm ${PACKAGING_DIR}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL server service)
set(CPACK_STRIP_FILES TRUE)
include(CPack)
