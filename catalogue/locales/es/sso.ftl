sso-continue-title = Continúe con su empresa
sso-continue-body = { $company } gestiona su inicio de sesión con su propio proveedor de identidad. Le estamos redirigiendo…
sso-continue-button = Continuar al inicio de sesión de { $company }
sso-continue-expired = Este inicio de sesión ha expirado. Vuelva a introducir su correo electrónico para empezar de nuevo.
sso-cancelled = Se ha cancelado el inicio de sesión con su empresa. Introduzca su correo electrónico para volver a intentarlo.
sso-expired = Ese inicio de sesión había expirado o ya se había usado. Introduzca su correo electrónico para volver a empezar.
sso-unavailable = El inicio de sesión de su empresa no está disponible en este momento. Inténtelo de nuevo en unos minutos o consulte al administrador de su empresa.
sso-rejected = El inicio de sesión de su empresa ha respondido con información que no hemos podido verificar, por lo que no se ha iniciado su sesión. Inténtelo de nuevo o consulte al administrador de su empresa.
sso-unverified = El proveedor de identidad de su empresa no ha verificado su dirección de correo electrónico. Consulte al administrador de su empresa.
sso-wrong-domain = El proveedor de identidad de su empresa ha iniciado su sesión con una dirección de correo electrónico de un dominio que su empresa no ha reclamado aquí. Consulte al administrador de su empresa.
sso-no-account = Todavía no tiene una cuenta aquí. Pida al administrador de su empresa que le dé acceso.
sso-no-access = Se ha desactivado su acceso a esta empresa. Consulte al administrador de su empresa.
sso-test-passed = El inicio de sesión de prueba ha funcionado: el proveedor de identidad ha iniciado la sesión de una persona de un dominio reclamado. Ya puede activar el SSO para sus miembros.
# An admin's failed Test Sign-In, by its reason.
sso-test-cancelled = El inicio de sesión de prueba no ha funcionado: se ha cancelado en el proveedor de identidad.
sso-test-expired = El inicio de sesión de prueba no ha funcionado: había expirado o ya se había usado. Inténtelo de nuevo.
sso-test-unavailable = El inicio de sesión de prueba no ha funcionado: el proveedor de identidad no ha respondido a tiempo o la configuración guardada ha cambiado entretanto. Revise la URL del emisor e inténtelo de nuevo.
sso-test-rejected = El inicio de sesión de prueba no ha funcionado: el token de ID no ha superado una verificación (firma, emisor, audiencia, expiración o nonce), o el proveedor ha rechazado el ID de cliente y el secreto. Revíselos en el proveedor.
sso-test-unverified = El inicio de sesión de prueba no ha funcionado: el proveedor de identidad no ha indicado que la dirección de correo electrónico esté verificada.
sso-test-wrong-domain = El inicio de sesión de prueba no ha funcionado: el proveedor de identidad ha iniciado la sesión de una dirección de correo electrónico de un dominio que su empresa no ha verificado. Inicie sesión como alguien de un dominio verificado.
sso-err-required = Su empresa gestiona su inicio de sesión con su propio proveedor de identidad. Introduzca su correo electrónico en la página de inicio de sesión para continuar allí.
# The way on from a password refused for an SSO account.
sso-sign-in-with-company = Iniciar sesión con su empresa
sso-err-managed = El proveedor de identidad de su empresa se encarga de la autenticación de dos factores de su cuenta.
sso-err-domain-invalid = Introduzca un nombre de dominio, como ejemplo.com.
sso-err-domain-taken = Otra empresa ya ha verificado este dominio.
sso-err-domain-not-proven = Todavía no encontramos el registro TXT en este dominio. Los cambios de DNS pueden tardar un tiempo: inténtelo de nuevo más tarde.
sso-err-issuer-unreachable = No hemos podido acceder a tiempo al documento de descubrimiento del emisor. Revise la URL del emisor.
sso-err-issuer-unsuitable = Este emisor no ofrece lo que necesita el inicio de sesión: el emisor de su documento de descubrimiento debe coincidir, con el flujo de código de autorización y PKCE (S256).
sso-err-issuer-url = Introduzca la URL https:// del emisor.
sso-err-not-ready = Primero guarde el proveedor de identidad con su ID de cliente y su secreto, verifique un dominio y supere el inicio de sesión de prueba.
sso-err-client-settings = Introduzca el ID de cliente (hasta 255 caracteres) y el secreto de cliente que su proveedor de identidad le ha dado para esta aplicación. Un secreto guardado solo se conserva mientras el emisor y el ID de cliente sigan siendo los mismos.
# The profile of an SSO user: `{company}`.
sso-profile-managed = Usted inicia sesión a través del proveedor de identidad de { $company }, que se encarga de la autenticación de dos factores por usted.
