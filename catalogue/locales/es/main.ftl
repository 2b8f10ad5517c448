product-tagline = Inicio de sesión seguro para equipos de construcción
enter-email = Introduzca su correo electrónico
email = Correo electrónico
continue = Continuar
enter-password = Introduzca su contraseña
password = Contraseña
signing-in-as = Iniciando sesión como
change-email = Usar otro correo electrónico
mfa-required = Se requiere la autenticación de dos factores
mfa-required-body = Para proteger su cuenta y la información de su empresa, debe configurar la autenticación de dos factores antes de iniciar sesión. Se tarda unos dos minutos y necesitará su teléfono.
# Before a company's deadline: `{n}` days, on `{date}`.
mfa-soon = Su empresa exigirá la autenticación de dos factores { $n ->
        [1] mañana, { $date }.
       *[other] dentro de { $n } días, el { $date }.
    } Configúrela ahora o reciba un recordatorio en su próximo inicio de sesión.
remind-later = Recordármelo más tarde
err-deadline-passed = Su empresa ya exige la autenticación de dos factores: configúrela para continuar.
set-up-now = Configurar ahora
select-method = Seleccione un método de autenticación
authenticator-app = Aplicación de autenticación
authenticator-app-hint = Use una aplicación como Google Authenticator o Microsoft Authenticator para obtener un código de 6 dígitos.
app-name = Asigne un nombre a esta aplicación de autenticación
after-recovery-notice = Ha iniciado sesión con su código de recuperación y ha guardado uno nuevo. Ahora configure la MFA en su nuevo dispositivo u omita este paso por ahora.
skip-for-now = Omitir por ahora
secure-account = Proteja su cuenta
scan-qr = El código QR debe escanearse desde la aplicación de autenticación, no con la cámara de su teléfono. Abra la aplicación de autenticación y use su escáner integrado para capturar el código.
qr-tip-phone = ¿Está configurando la MFA solo con su teléfono, sin otro dispositivo? Como no puede escanear un código QR que aparece en la misma pantalla, debe introducir el código manualmente. Toque “¿Problemas para escanear?” e introduzca el código proporcionado en su aplicación de autenticación.
qr-label = Código QR para su aplicación de autenticación
trouble-scanning = ¿Problemas para escanear?
setup-key-hint = En su aplicación de autenticación, elija la opción de introducir una clave de configuración y escriba esta clave. Si se le pregunta, elija “basada en el tiempo”.
setup-key-label = Clave de configuración
account-label = Cuenta
enter-app-code = Introduzca el código de 6 dígitos de su aplicación de autenticación
copy = Copiar
copied = Copiado
save-recovery = Guarde su código de recuperación
save-recovery-body = Si pierde su teléfono, este código le permite iniciar sesión y configurar la MFA en un nuevo dispositivo. No guardamos ninguna copia.
save-recovery-warning = Asegúrese de guardar su código de recuperación en un lugar seguro al que pueda acceder desde otro dispositivo. Si su dispositivo de MFA se pierde o se daña, necesitará su código de recuperación para configurar la MFA en un nuevo dispositivo. Cada código de recuperación solo se puede usar una vez. Después de usar un código de recuperación, tendrá la opción de guardar uno nuevo.
warning = Advertencia
recovery-after-use = Su código de recuperación anterior ya se ha usado. Este nuevo código lo sustituye.
download = Descargar
saved-checkbox = He guardado este código de forma segura
verify-identity = Verifique su identidad
enter-code-label = Introduzca su código de verificación de 6 dígitos
code-hint = Abra su aplicación de autenticación para ver su código.
using-app = Use el código de
try-another = Probar otro método
how-verify = ¿Cómo desea verificar su identidad?
enter-recovery = Introduzca el código de recuperación
enter-recovery-hint = El código de 32 dígitos que guardó al configurar la MFA. Los espacios y guiones no importan.
recovery-choice-hint = El código de 32 dígitos que guardó al configurar la MFA
recovery-code = Introduzca el código de recuperación
welcome = Le damos la bienvenida
signed-in-as = Ha iniciado sesión como
sign-out = Cerrar sesión
# The method picker's last line: no device and no recovery code.
ask-admin = ¿No tiene ni dispositivo ni código de recuperación? Pida al administrador de su empresa que restablezca su MFA.
notice-start = Para empezar, introduzca su correo electrónico.
notice-abandoned = Demasiados códigos incorrectos. Por su seguridad, vuelva a iniciar sesión.
notice-signed-out = Se ha cerrado su sesión.
err-email-empty = Introduzca su dirección de correo electrónico.
err-email-malformed = Introduzca una dirección de correo electrónico válida, como nombre@empresa.com.
err-invalid-credentials = El correo electrónico o la contraseña no son correctos.
err-password-reset-required = Por su seguridad, esta cuenta necesita una contraseña nueva antes de poder iniciar sesión. Le hemos enviado por correo electrónico un enlace para elegirla; también puede elegir “¿Olvidó su contraseña?” más abajo.
err-password-too-long = La contraseña puede tener como máximo { $n } bytes.
err-too-many-attempts = Demasiados intentos. Vuelva a intentarlo en { $n } min.
err-too-many-attempts-later = Demasiados intentos. Vuelva a intentarlo más tarde.
err-out-of-order = Este inicio de sesión ha expirado o ya ha avanzado. Vuelva a empezar.
err-conflict = Este inicio de sesión ha cambiado en otra pestaña o ventana. Recargue la página para continuar.
err-already-enrolled = Se acaba de configurar la autenticación de dos factores para esta cuenta en otro navegador. Vuelva a iniciar sesión para usarla.
err-foreign-origin = Esta solicitud procedía de otro sitio, por lo que se ha rechazado.
err-bad-request = Este formulario estaba incompleto. Recargue la página e inténtelo de nuevo.
err-moved-on = Este inicio de sesión ya ha avanzado en otra pestaña o ventana.
go-to-current-step = Ir al paso actual
err-code-empty = Introduzca el código de 6 dígitos.
err-code-length = El código debe tener exactamente 6 dígitos.
err-code-digits = El código solo puede contener dígitos.
err-recovery-length = El código de recuperación debe tener exactamente 32 dígitos.
err-wrong-code = Ese código no ha funcionado. Revíselo e inténtelo de nuevo. Tras varios códigos incorrectos, espere unos minutos.
err-code-replayed = Ese código ya se ha usado. Espere a que su aplicación muestre un código nuevo.
err-clock-fast = Ese código corresponde a otra hora: el reloj de su teléfono parece estar adelantado aproximadamente { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }. Configure la hora en modo automático y pruebe con un código nuevo.
err-clock-slow = Ese código ha expirado. Si lo escribió en cuanto apareció, el reloj de su teléfono parece estar atrasado aproximadamente { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }: configure la hora en modo automático y pruebe con un código nuevo.
err-not-confirmed = Marque “He guardado este código de forma segura” para continuar.
err-name-invalid = Elija un nombre de 1 a { $n } caracteres.
err-name-taken = Ya tiene un método de este tipo con este nombre.
err-too-many-apps = Puede registrar como máximo { $n ->
        [one] una aplicación de autenticación
       *[other] { $n } aplicaciones de autenticación
    }.
sms-verification = Verificación por SMS
sms-hint = Reciba un código de 6 dígitos por mensaje de texto en su teléfono móvil.
highly-recommended = Muy recomendado
setup-sms = Configurar la verificación por SMS
country-code = Seleccione el código de su país
phone-number = Introduzca su número de teléfono
phone-hint = El número de teléfono móvil que recibirá sus códigos, sin el código de país.
send-text = Enviar mensaje de texto
sms-code-label = Introduzca el código de verificación de 6 dígitos
resend = Enviar un código nuevo
resend-in-seconds = Podrá solicitar un código nuevo dentro de { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }.
resend-in-minutes = Podrá solicitar un código nuevo dentro de { $n } min.
sms-sent = Hemos enviado un código de 6 dígitos por mensaje de texto al número que termina en { $n }. Expira en { $m ->
        [one] { $m } minuto
       *[other] { $m } minutos
    }.
sms-not-live = No hay ningún código válido para el número que termina en { $n }: ha expirado o no se ha podido enviar. Elija “Enviar un código nuevo” para recibir otro.
important = Importante
sms-privacy = Mantenga en privado su código de verificación. { $product } genera un código único solo para usted. No lo comparta nunca con nadie. Los empleados de { $product } nunca se lo pedirán.
use-different-number = Usar otro número
use-phone = Usar un número de teléfono
phone-ending = Terminado en { $n }
err-sms-not-allowed = La verificación por SMS no está disponible para su cuenta: los usuarios de pagos deben usar una aplicación de autenticación.
err-country-not-offered = Solo se pueden enviar mensajes de texto a números de los países de la lista.
err-phone-empty = Introduzca su número de teléfono.
err-phone-invalid = Ese número no parece de un teléfono móvil. Revise los dígitos e inténtelo de nuevo.
err-phone-not-in-country = Ese número no corresponde al código de país que ha seleccionado ({ $country }). Revise el país o el número.
err-phone-us-only = Los administradores de beneficiarios solo pueden usar un número de teléfono móvil de Estados Unidos (+1) para la verificación por SMS.
err-phone-taken = Este número ya está registrado en su cuenta.
err-too-many-phones = Puede registrar como máximo { $n ->
        [one] un número de teléfono
       *[other] { $n } números de teléfono
    }.
err-code-expired = Ese código ha expirado. Elija “Enviar un código nuevo” para recibir otro.
err-sms-unavailable = No hemos podido enviar el mensaje de texto. Inténtelo de nuevo en un momento.
err-internal = Algo ha salido mal por nuestra parte. Inténtelo de nuevo.
err-transport = No hemos podido conectar con el servidor. Revise su conexión e inténtelo de nuevo.
start-again = Volver a empezar
recovery-file-title = código de recuperación
not-found = Página no encontrada
go-to-sign-in = Ir al inicio de sesión
# The page for a form post bigger than the server accepts.
too-large = Este formulario era demasiado grande
too-large-body = Contenía más de lo que aceptamos, así que no se ha guardado nada. Vuelva atrás e inténtelo de nuevo con menos texto.
go-back = Volver atrás
switch-language = Idioma
# A moment and the zone it is written in.
date-time-in-zone = { $date-time } ({ $zone })

# The SMS countries, by ISO code.
country-us = Estados Unidos
country-ca = Canadá
country-mx = México
country-gb = Reino Unido
country-ie = Irlanda
country-fr = Francia
country-de = Alemania
country-es = España
country-it = Italia
country-au = Australia
country-nz = Nueva Zelanda
country-sg = Singapur
country-hk = Hong Kong
# The page when the database does not answer.
unavailable = { $product } no está disponible temporalmente. Inténtelo de nuevo.
need-help = ¿Necesita ayuda?
clock-help = Cómo configurar el reloj de su teléfono en automático
trouble-scanning-help = Más ayuda con la clave de configuración
lost-device-help = ¿Perdió o cambió su dispositivo?
recovery-file =
    { $product } { recovery-file-title }

    { $code }

    { save-recovery-warning }
