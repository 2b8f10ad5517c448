## Los correos electrónicos que envía Trestle, el SMS con un código y la
## página de la bandeja de salida de demostración (/dev/outbox).

email-greeting = Hola, { $name }:
email-signature = — { $product }
email-not-you = Si no fue usted, cambie su contraseña ahora y póngase en contacto con el administrador de su empresa, que puede restablecer la autenticación de dos factores de su cuenta.
email-nothing-else = Si fue usted, no tiene que hacer nada más.
email-not-me-button = No fui yo: cerrar sesión en todas partes
email-link-line = { $label }: { $url }
email-date-at-time = { $date } a las { $time }

email-app-added-subject = Se añadió una aplicación de autenticación a su cuenta
email-app-added-1 = Se añadió una aplicación de autenticación llamada «{ $app }» a su cuenta de { $product } el { $when }. A partir de ahora, al iniciar sesión se le pedirá un código de esa aplicación.

email-phone-added-subject = Se añadió un número de teléfono a su cuenta
email-phone-added-1 = Se añadió el número de teléfono { $app } a su cuenta de { $product } el { $when }. A partir de ahora, al iniciar sesión se le podrá enviar un código de verificación por SMS a ese número.

email-passkey-added-subject = Se añadió una llave de acceso a su cuenta
email-passkey-added-1 = Se añadió una llave de acceso llamada «{ $app }» a su cuenta de { $product } el { $when }. A partir de ahora, podrá confirmar su identidad al iniciar sesión.

email-passkey-cloned-subject = Se rechazó un inicio de sesión con una copia de su llave de acceso
email-passkey-cloned-1 = Alguien intentó iniciar sesión en su cuenta de { $product } el { $when } con una de sus llaves de acceso, pero el contador de la llave retrocedió, como ocurriría con una copia. Se rechazó el inicio de sesión.
email-passkey-cloned-2 = Si usted no acaba de iniciar sesión, elimine esa llave de acceso en la configuración de su perfil y vuelva a añadirla.

email-recovery-used-subject = Se usó su código de recuperación para iniciar sesión
email-recovery-used-1 = Se usó su código de recuperación para iniciar sesión en su cuenta de { $product } el { $when }. Ese código ya no funciona: se le mostró uno nuevo al iniciar sesión.
email-recovery-used-2 = Si fue usted, configure la autenticación de dos factores en su nuevo dispositivo desde la configuración de su perfil.

email-factor-removed-subject = Se eliminó un método de inicio de sesión de su cuenta
email-factor-removed-1 = Se eliminó el método «{ $app }» de los métodos de dos factores de su cuenta de { $product } el { $when }. Se cerró la sesión en todos los demás navegadores conectados a su cuenta.

email-recovery-renewed-subject = Tiene un nuevo código de recuperación
email-recovery-renewed-1 = Se creó un nuevo código de recuperación para su cuenta de { $product } el { $when }. El código que tenía antes ya no funciona.
email-recovery-renewed-2 = Si fue usted, guarde el nuevo código en un lugar seguro.

email-password-changed-subject = Se cambió su contraseña
email-password-changed-1 = Se cambió la contraseña de su cuenta de { $product } el { $when }. Se cerró la sesión en todos los demás navegadores conectados a su cuenta.

email-password-reset-subject = Se restableció su contraseña
email-password-reset-1 = Se restableció la contraseña de su cuenta de { $product } con un enlace enviado a esta dirección el { $when }. Se cerró la sesión en todos los navegadores conectados a su cuenta. La autenticación de dos factores no ha cambiado.

email-reset-link-subject = Restablezca su contraseña
email-reset-link-1 = Alguien pidió restablecer la contraseña de su cuenta de { $product } el { $when }. El enlace de abajo funciona una sola vez, durante { $minutes ->
        [one] { $minutes } minuto.
       *[other] { $minutes } minutos.
    }
email-reset-link-2 = Si no fue usted, ignore este correo: su contraseña seguirá siendo la misma.
email-reset-link-button = Restablecer su contraseña

email-mfa-required-subject = { $company } exige la autenticación de dos factores a partir del { $date }
email-mfa-required-1 = { $company } exige la autenticación multifactor (MFA) para iniciar sesión en { $product } a partir del { $date } (zona horaria { $zone }), para proteger los proyectos y los pagos de su empresa.
email-mfa-required-2 = Configúrela ahora para evitar cualquier interrupción ese día: inicie sesión, abra Configuración de mi perfil, luego Contraseña y seguridad, y añada una aplicación de autenticación o un número de teléfono. Si no la ha configurado para el { $date }, el inicio de sesión le guiará.
email-mfa-setup-button = Configurar la autenticación de dos factores

email-mfa-reminder-subject = Configure la autenticación de dos factores: obligatoria en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
email-mfa-reminder-1 = { $company } exige la autenticación multifactor (MFA) para iniciar sesión en { $product } a partir del { $date } (zona horaria { $zone }), dentro de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, y su cuenta todavía no la tiene.
email-mfa-reminder-2 = Configúrela ahora para evitar cualquier interrupción: inicie sesión, abra Configuración de mi perfil, luego Contraseña y seguridad, y añada una aplicación de autenticación o un número de teléfono.

email-mfa-reset-subject = Se restableció su autenticación de dos factores
email-mfa-reset-1 = Un administrador de { $company } restableció la autenticación de dos factores de su cuenta de { $product } el { $when }, tal como lo pidió: sus aplicaciones de autenticación, números de teléfono y código de recuperación ya no funcionan, y se cerró la sesión en todos los navegadores conectados a su cuenta.
email-mfa-reset-2 = La próxima vez que inicie sesión, volverá a configurar la autenticación de dos factores.

email-account-created-subject = { $company } le invita a { $product }
email-account-created-1 = Un administrador de { $company } creó una cuenta de { $product } para esta dirección.
email-account-created-2 = Elija su contraseña con el enlace de abajo: funciona una sola vez, durante { $days ->
        [one] { $days } día.
       *[other] { $days } días.
    } Si no esperaba este correo, ignórelo.
email-account-created-button = Elegir su contraseña

email-invitation-subject = { $company } le invita a unirse a la empresa en { $product }
email-invitation-1 = Un administrador de { $company } invitó a su cuenta de { $product } a unirse a la empresa.
email-invitation-2 = Abra el enlace de abajo e inicie sesión para aceptar o rechazar: funciona una sola vez, durante { $days ->
        [one] { $days } día.
       *[other] { $days } días.
    } Mientras no acepte, { $company } no tiene ningún control sobre su cuenta y sus reglas no se le aplican. Si no esperaba este correo, ignórelo.
email-invitation-button = Ver la invitación

sms-code-text = Su código de verificación de { $product } es { $code }. Caduca en { $minutes ->
        [one] { $minutes } minuto.
       *[other] { $minutes } minutos.
    } No lo comparta nunca: { $product } nunca se lo pedirá.

outbox-title = Bandeja de salida · { $product }
outbox-heading = Bandeja de salida
outbox-intro = Modo de demostración: los correos y SMS que { $product } ha enviado o va a enviar, del más reciente al más antiguo, con su estado.
outbox-as-json = En JSON:
outbox-empty = Todavía no se ha enviado nada.
outbox-sms = SMS
outbox-email-to = Correo a
outbox-sms-to = SMS a
outbox-unavailable = La bandeja de salida no está disponible.
outbox-state-pending = Pendiente de envío
outbox-state-sent = Enviado
outbox-state-failed = No enviado
outbox-tries = { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }
outbox-state-with-tries = { $state } · { $tries }
outbox-last-error = Último error: { $error }
