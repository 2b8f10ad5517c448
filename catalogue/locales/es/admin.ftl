admin-settings = Configuración de seguridad
admin-sections = Secciones de la configuración de seguridad
admin-tab-mfa = MFA
admin-company = Empresa: { $company }
admin-on-request = La autenticación multifactor (MFA) está disponible bajo solicitud. Para habilitar la MFA en su empresa, pida a su persona de contacto que la active; después podrá exigírsela a sus miembros aquí.
admin-policy = Política de MFA
# `{date}` `{time}` `{zone}`.
admin-required-from = La MFA es obligatoria desde el { $date }, { $time } { $zone }.
admin-not-required = La MFA no es obligatoria: los miembros pueden configurarla si lo desean.
admin-require-mfa = Exigir MFA
admin-deadline = Fecha límite de aplicación
# `{zone}`.
admin-deadline-hint = El primer día en que los miembros deben usar la MFA, en su zona horaria ({ $zone }). Al guardarla, se envía un correo electrónico a cada miembro activo.
admin-reprompt = Frecuencia de nueva verificación
# The policy's switch for payment users' passkey sign-in, and its hint.
admin-payment-passkeys = Permitir que los pagadores y los administradores de beneficiarios inicien sesión solo con una llave de acceso
admin-payment-passkeys-hint = Desactivado: introducen su contraseña y luego su segundo factor. Una llave de acceso protegida con PIN, huella digital o reconocimiento facial cuenta como ambos.
admin-reprompt-every = En cada inicio de sesión
admin-reprompt-12h = Cada 12 horas
admin-reprompt-7d = Cada 7 días
admin-reprompt-30d = Cada 30 días
admin-save = Guardar
admin-needs-factor = Configure la autenticación de dos factores para su propia cuenta antes de cambiar la configuración de seguridad de su empresa.
admin-confirm-intro = Introduzca su contraseña y un código de su método de autenticación para cambiar esta configuración.
admin-reset-title = Restablecer la MFA de usuarios
admin-reset-intro = Para un miembro que ha perdido todos sus dispositivos y su código de recuperación: se eliminan sus métodos y su código de recuperación, se cierra su sesión en todas partes, se le avisa por correo electrónico y vuelve a configurar la MFA en su próximo inicio de sesión. No puede restablecer su propia MFA: pídaselo a otro administrador.
admin-reset-email = El correo electrónico de inicio de sesión del usuario, exactamente
admin-reset-verified = He verificado la solicitud del usuario para restablecer la MFA
admin-reset-submit = Restablecer MFA
admin-members = Miembros
admin-members-table = Tabla de miembros
admin-members-filter = Mostrar miembros
admin-filter-all = Todos los miembros
admin-filter-unenrolled = Aún no inscritos
# `{n}` of `{total}`.
admin-unenrolled-count = { $n ->
        [one] { $n } de { $total } miembros activos aún no ha configurado la MFA.
       *[other] { $n } de { $total } miembros activos aún no han configurado la MFA.
    }
admin-col-name = Nombre
admin-col-email = Correo electrónico
admin-col-status = Estado
admin-col-methods = Métodos
admin-col-last-mfa = Último inicio de sesión con MFA
admin-col-actions = Acciones
admin-active = Activo
admin-inactive = Inactivo
# Added, not accepted yet.
admin-invited = Invitado
admin-admin-badge = Admin
admin-no-methods = Ninguno
admin-never = Nunca
admin-deactivate = Desactivar
admin-reactivate = Reactivar
admin-no-members = Ningún miembro coincide.
admin-log = Registro de seguridad
admin-no-log = Todavía no hay eventos de seguridad.
admin-newer = Eventos más recientes
admin-older = Eventos más antiguos
admin-ev-policy-changed = Política de MFA cambiada
admin-ev-mfa-reset = MFA restablecida
admin-ev-member-activated = Miembro reactivado
admin-ev-member-deactivated = Miembro desactivado
# `{name}`.
admin-by = por { $name }
admin-notice-policy-saved = Se ha guardado la política de MFA.
admin-notice-mfa-reset = Se ha restablecido la MFA. Se ha cerrado la sesión del usuario en todas partes y se le ha avisado por correo electrónico.
admin-notice-member-saved = Se ha guardado el estado del miembro.
admin-err-forbidden = Solo un administrador de su empresa puede hacer esto.
admin-err-not-available = La MFA aún no está disponible para su empresa: pida a su persona de contacto que la habilite.
admin-err-needs-factor = Primero configure la autenticación de dos factores para su propia cuenta.
admin-err-deadline-empty = Elija la fecha límite de aplicación.
admin-err-deadline-invalid = Introduzca la fecha límite de aplicación como una fecha, por ejemplo 2027-01-15.
admin-err-deadline-past = La fecha límite de aplicación no puede estar en el pasado: elija hoy o un día posterior.
admin-err-not-verified = Marque la casilla para confirmar que ha verificado la solicitud del usuario.
admin-err-member-not-found = Ningún miembro activo de su empresa inicia sesión con ese correo electrónico. Revíselo letra por letra.
admin-err-reset-self = No puede restablecer su propia MFA: pídaselo a otro administrador de su empresa.
admin-err-nothing-to-reset = Ese usuario no tiene MFA que restablecer.
admin-err-last-admin = Usted es el último administrador activo de la empresa: primero nombre administrador a otra persona.
admin-err-already-member = Esa dirección ya es miembro de su empresa o ya tiene una invitación para unirse.
# `{n}` characters at most.
admin-err-member-name = Indique un nombre de { $n } caracteres como máximo.
admin-add-title = Añadir miembro
admin-add-intro = Se envía a la dirección una invitación por correo electrónico para unirse a su empresa: con un enlace para elegir una contraseña si aún no tiene cuenta, o para aceptar si ya la tiene. Hasta que la persona acepte, aparece como “Invitado” y la configuración de su empresa no se le aplica.
admin-add-email = Correo electrónico de la persona
admin-add-name = Nombre de la persona
admin-add-submit = Añadir miembro
admin-notice-member-added = Se ha enviado la invitación. El miembro aparece como “Invitado” hasta que acepte.
admin-ev-member-added = Miembro invitado
admin-ev-member-joined = Se ha unido a la empresa
admin-ev-invitation-declined = Invitación rechazada
# The members table's column: how each member signs in.
admin-col-sign-in = Inicio de sesión
admin-sign-in-sso = SSO
admin-sign-in-password = Contraseña
# **Reset MFA for Users**, when members sign in with SSO.
admin-reset-sso-note = Los miembros que inician sesión con SSO obtienen la autenticación de dos factores de su proveedor de identidad: restablézcala allí, no aquí. Los usuarios de pagos son la excepción: también usan la MFA aquí.
sso-tab-tab = SSO
sso-tab-intro = El inicio de sesión único (SSO) permite a sus miembros iniciar sesión con el proveedor de identidad de su empresa (OpenID Connect). El proveedor de identidad se encarga entonces de su autenticación de dos factores, excepto en el caso de los usuarios de pagos, que también verifican su identidad aquí.
sso-tab-confirm-intro = Introduzca su contraseña, y un código de su método de autenticación si tiene uno, para cambiar la configuración de SSO de su empresa.
sso-tab-status-on = El SSO está activado: los miembros de sus dominios verificados inician sesión con su proveedor de identidad.
sso-tab-status-off = El SSO está desactivado: los miembros inician sesión con su contraseña.
sso-tab-status-tested = Se ha superado un inicio de sesión de prueba con la configuración guardada.
sso-tab-status-untested = Todavía no se ha superado ningún inicio de sesión de prueba con la configuración guardada.
sso-tab-provider-title = Proveedor de identidad
sso-tab-no-provider = Todavía no hay ningún proveedor de identidad guardado.
sso-tab-issuer = URL del emisor
sso-tab-issuer-hint = La dirección https:// de su proveedor de identidad, exactamente como figura en su documento de descubrimiento.
sso-tab-client-id = ID de cliente
sso-tab-client-secret = Secreto de cliente
sso-tab-secret-hint = De la configuración de esta aplicación en su proveedor de identidad.
sso-tab-secret-saved = Hay un secreto de cliente guardado; nunca se muestra. Deje este campo vacío para conservarlo (con el mismo emisor e ID de cliente) o introduzca uno nuevo.
sso-tab-save-note = Al guardar, primero se comprueba el documento de descubrimiento del emisor. Una nueva configuración del proveedor desactiva el SSO hasta que se supere un inicio de sesión de prueba con ella.
sso-tab-save = Guardar
sso-tab-callback = URL de retorno
sso-tab-callback-hint = Registre esta dirección en su proveedor de identidad como URI de redirección de la aplicación.
sso-tab-domains-title = Dominios
sso-tab-domains-intro = Una vez activado el SSO, los miembros cuyo correo electrónico pertenece a un dominio verificado inician sesión con su proveedor de identidad. Un dominio reclamado no redirige a nadie hasta que se verifica.
sso-tab-domains-list = Dominios reclamados
sso-tab-no-domains = Todavía no hay ningún dominio reclamado.
sso-tab-proven = Verificado
sso-tab-waiting = Pendiente de verificación
# How a waiting domain is proven by DNS (its TXT record follows).
sso-tab-txt-intro = Para verificarlo, publique este registro TXT en el DNS del dominio y luego elija “Comprobar DNS”.
sso-tab-txt-name = Nombre
sso-tab-txt-value = Valor
sso-tab-check-dns = Comprobar DNS
# How the operator proves a domain (their command follows).
sso-tab-prove-how = Si no tiene acceso al DNS del dominio, consulte a su persona de contacto: el operador de este servicio verifica un dominio con este comando.
# In the operator's command, where the domain goes.
sso-tab-domain-placeholder = <dominio>
sso-tab-domain = Dominio
sso-tab-domain-hint = La parte del correo electrónico de sus miembros que va después de la @, por ejemplo ejemplo.com.
sso-tab-claim = Reclamar dominio
sso-tab-remove = Eliminar
sso-tab-test-title = Inicio de sesión de prueba
sso-tab-test-intro = Inicie sesión en su proveedor de identidad con una cuenta de un dominio verificado. Aquí no se inicia la sesión de nadie: se comprueba que el proveedor y la configuración guardada funcionan juntos y se le devuelve a esta página con el resultado.
sso-tab-test-submit = Probar el inicio de sesión
sso-tab-switches-title = Inicio de sesión con SSO
sso-tab-switches-note = El SSO solo se activa después de que se haya superado un inicio de sesión de prueba con la configuración guardada y se haya verificado un dominio. Guardar una nueva configuración del proveedor desactiva el SSO hasta que se vuelva a superar un inicio de sesión de prueba.
sso-tab-enabled = Usar SSO para el inicio de sesión de los miembros
sso-tab-create-accounts = Crear cuentas en el primer inicio de sesión
sso-tab-create-accounts-hint = Desactivado: solo las personas que ya tienen una cuenta aquí pueden iniciar sesión con SSO. Activado: cualquier persona de un dominio verificado cuya sesión inicie su proveedor de identidad obtiene una cuenta y se une a su empresa.
sso-tab-save-switches = Guardar
sso-tab-notice-saved = Se ha guardado el proveedor de identidad. El SSO permanece desactivado hasta que se supere un inicio de sesión de prueba con esta configuración.
sso-tab-notice-domain-claimed = Se ha reclamado el dominio. No redirige a nadie hasta que se verifique.
sso-tab-notice-domain-removed = Se ha eliminado el dominio: sus direcciones ya no inician sesión con su proveedor de identidad.
sso-tab-notice-domain-proven = Se ha verificado el dominio.
sso-tab-notice-switches-saved = Se ha guardado la configuración de SSO.
# The security log; `{detail}`: the issuer, domain or email.
sso-tab-ev-saved = Proveedor de identidad guardado: { $detail }
sso-tab-ev-on = SSO activado
sso-tab-ev-off = SSO desactivado
sso-tab-ev-create-on = Creación de cuentas en el primer inicio de sesión con SSO activada
sso-tab-ev-create-off = Creación de cuentas en el primer inicio de sesión con SSO desactivada
sso-tab-ev-test-passed = Inicio de sesión de prueba superado: { $detail }
# `{reason}`: one of `test_reasons`.
sso-tab-ev-test-failed = Inicio de sesión de prueba fallido: { $reason }
# Why a Test Sign-In failed, in the order of `SsoFailure::ALL`.
sso-tab-test-reasons-0 = cancelado en el proveedor
sso-tab-test-reasons-1 = expirado
sso-tab-test-reasons-2 = proveedor no disponible
sso-tab-test-reasons-3 = token de ID rechazado
sso-tab-test-reasons-4 = correo electrónico no verificado por el proveedor
sso-tab-test-reasons-5 = correo electrónico fuera de los dominios reclamados
sso-tab-test-reasons-6 = sin cuenta
sso-tab-test-reasons-7 = sin acceso
sso-tab-ev-domain-claimed = Dominio reclamado: { $detail }
sso-tab-ev-domain-proven = Dominio verificado: { $detail }
sso-tab-ev-domain-removed = Dominio eliminado: { $detail }
invitation-title = Invitación de una empresa
# `{company}`.
invitation-intro = { $company } ha invitado a su cuenta a unirse a la empresa. Como miembro, deberá seguir sus normas de seguridad, como la autenticación de dos factores, y sus administradores podrán restablecer su MFA si pierde sus dispositivos.
invitation-accept = Aceptar invitación
invitation-decline = Rechazar
invitation-sign-in-first = Inicie sesión con la cuenta a la que se envió esta invitación y vuelva a abrir el enlace del correo electrónico.
invitation-other-account = Ha iniciado sesión con otra cuenta. Cierre sesión, inicie sesión con la cuenta a la que se envió esta invitación y vuelva a abrir el enlace del correo electrónico.
invitation-notice-accepted = Se ha unido a la empresa.
invitation-notice-declined = Ha rechazado la invitación.
invitation-err-not-yours = Esta invitación se envió a otra cuenta: inicie sesión con esa cuenta para responderla.
invitation-invalid = Esta invitación ha expirado o ya se ha respondido. Para unirse a la empresa, pida una nueva a uno de sus administradores.
