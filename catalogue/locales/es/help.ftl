# El centro de ayuda (/help): el marcado (*…*, [texto](#ancla)) y las variables,
# iguales en todos los idiomas, se describen en en/help.ftl.

## La página

help-title = Ayuda sobre la autenticación multifactor (MFA)
help-intro = Cómo configurar y usar la autenticación multifactor para iniciar sesión en { $product }: para usuarios, para administradores de empresa y para usuarios de pagos.
help-skip = Ir a la ayuda
help-languages = Idioma
help-contents = Contenido
help-back = Volver al inicio de sesión
help-still-stuck = ¿Sigue sin poder entrar? El administrador de su empresa puede revisar su cuenta y restablecer su MFA si necesita configurarla de nuevo.

## Grupos de secciones

help-get-started = Primeros pasos
help-for-admins = Para administradores de empresa
help-for-users = Para usuarios
help-for-payments = Para usuarios de pagos

## Descripción general

help-overview = Descripción general
help-overview-what = La autenticación multifactor (MFA), también llamada autenticación de dos factores (2FA), añade un segundo paso al inicio de sesión en { $product }. Además de su correo electrónico y su contraseña (algo que usted sabe), demuestra que tiene su dispositivo (algo que usted posee): un código de { $digits } dígitos de una aplicación de autenticación o de un SMS, o una llave de acceso.
help-overview-why = Aunque alguien averigüe su contraseña, no podrá iniciar sesión sin su dispositivo. La MFA protege su cuenta, la información de su empresa y, para los usuarios de pagos, sus pagos.
help-overview-who = La MFA es siempre obligatoria para los pagadores y los administradores de beneficiarios. Un administrador de empresa también puede exigirla a todos los miembros de la empresa a partir de una *{ admin-deadline }*. Cualquier otro usuario puede configurarla en cualquier momento en *{ profile-settings }*.
help-overview-when = Una vez configurado un método, { $product } le pide un código al iniciar sesión: en cada inicio de sesión o con menos frecuencia, si así lo ha decidido su empresa (consulte [¿Con qué frecuencia debo iniciar sesión con MFA?](#how-often)).

## Métodos de verificación

help-methods = Métodos de verificación
help-methods-intro = Puede registrar varios métodos y elegir uno cada vez que inicie sesión.
help-methods-app = *{ authenticator-app }* (recomendada): una aplicación en su teléfono, como Google Authenticator o Microsoft Authenticator, muestra un nuevo código de { $digits } dígitos cada { $period } segundos. Funciona en cualquier lugar, incluso sin cobertura móvil. Puede registrar hasta { $apps } aplicaciones, cada una con su propio nombre.
help-methods-sms = *{ sms-verification }*: se envía un código de { $digits } dígitos por SMS a su teléfono móvil. Cada código sirve una sola vez, durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Solo está disponible para números de [estos países](#countries); los pagadores no pueden usarla y los administradores de beneficiarios necesitan un número de Estados Unidos. Puede registrar hasta { $phones } números.
help-methods-passkey = *{ passkey-option }*: el desbloqueo con huella digital, rostro o bloqueo de pantalla de su teléfono u ordenador, o una llave de seguridad. Requiere JavaScript y un navegador compatible con llaves de acceso. Puede registrar hasta { $passkeys } llaves de acceso. Una llave de acceso también puede iniciar su sesión por sí sola con *{ passkey-sign-in }* (los usuarios de pagos, solo si su empresa lo permite).
help-methods-recovery = Código de recuperación: un código de { $recovery-digits } dígitos que se muestra una sola vez, en *{ save-recovery }*, al final de cada configuración. Sustituye a su dispositivo si lo pierde y sirve una sola vez. { $product } solo guarda una huella irreversible del código, así que nadie puede decírselo; cada nuevo código de recuperación sustituye al anterior.

## Aspectos a tener en cuenta

help-consider = Aspectos a tener en cuenta
help-consider-app = Instale una aplicación de autenticación en su teléfono antes de empezar. Sirve cualquier aplicación estándar que genere códigos basados en la hora.
help-consider-clock = Los códigos de autenticación dependen del reloj de su teléfono: configure la fecha y la hora en automático (consulte [¿Cómo configuro el reloj de mi teléfono en automático?](#clock)).
help-consider-recovery = Guarde su código de recuperación en un lugar al que pueda acceder desde otro dispositivo, por ejemplo en un gestor de contraseñas. Sin su dispositivo ni su código de recuperación, solo el administrador de su empresa puede restablecer su MFA.
help-consider-sms = La verificación por SMS necesita cobertura móvil y solo funciona con números de [estos países](#countries). Los pagadores deben usar una aplicación de autenticación; los administradores de beneficiarios solo pueden usar la verificación por SMS con un número de Estados Unidos.
help-consider-limits = Por su seguridad, los códigos incorrectos están limitados: tras { $tries } códigos incorrectos en { $tries-minutes } minutos, o { $hour-tries } en una hora, espere antes de volver a intentarlo. Tras { $abandon } códigos incorrectos, el inicio de sesión termina y debe empezar de nuevo con su correo electrónico.
help-consider-companies = Si pertenece a varias empresas, debe usar la MFA en cuanto una empresa de la que sea miembro activo la exija.
help-consider-sso = Si su empresa usa el inicio de sesión único (SSO), usted inicia sesión en el proveedor de identidad de su empresa, que se encarga de la MFA: { $product } no le pide ningún código. Los usuarios de pagos son la excepción: también verifican su identidad en { $product }.
help-consider-private = No comparta sus códigos con nadie. Los empleados de { $product } nunca le pedirán un código ni su código de recuperación.

## Activar la MFA para su empresa

help-enable-company = Activar la MFA para su empresa
help-enable-intro = Como administrador de empresa, puede exigir la MFA a todos los miembros activos de su empresa a partir de la fecha que elija. Hasta esa fecha, los miembros que no la hayan configurado pueden seguir iniciando sesión con su contraseña; ven cuántos días quedan y pueden configurarla antes.
help-enable-available = Si no aparece la opción *{ admin-require-mfa }*, la MFA aún no está disponible para su empresa: pida a su contacto de { $product } que la active.
help-enable-step-1 = Inicie sesión, abra el menú de la cuenta (sus iniciales, en la parte superior de la página) y elija *{ admin-settings }*.
help-enable-step-2 = Abra la pestaña *{ admin-tab-mfa }*. Si aún no lo ha hecho, configure primero la MFA para su propia cuenta: los cambios se confirman con su contraseña y un código de su propio método.
help-enable-step-3 = Marque *{ admin-require-mfa }* y, en *{ admin-deadline }*, elija el primer día en que los miembros deben usar la MFA, en su zona horaria.
help-enable-step-4 = En *{ admin-reprompt }*, elija *{ admin-reprompt-every }* (lo más seguro), *{ admin-reprompt-12h }*, *{ admin-reprompt-7d }* o *{ admin-reprompt-30d }*.
help-enable-step-5 = Elija *{ admin-save }*. Cada miembro activo recibe la fecha por correo electrónico.
help-enable-after = Los miembros que no hayan configurado la MFA reciben un recordatorio por correo electrónico una semana y un día antes de la fecha límite. La tabla de miembros muestra quién ha configurado la MFA; elija *{ admin-filter-unenrolled }* para ver quién no lo ha hecho. Puede cambiar la fecha más adelante: los miembros reciben un nuevo correo. Los miembros inactivos no se ven afectados.

## Restablecer la MFA de un usuario

help-reset-user = Restablecer la MFA de un usuario
help-reset-intro = Restablezca la MFA de un miembro cuando haya perdido todos sus dispositivos y su código de recuperación. El restablecimiento elimina todos sus métodos y su código de recuperación, cierra todas sus sesiones y se lo notifica por correo electrónico; en su próximo inicio de sesión volverá a configurar la MFA.
help-reset-verify = Antes de restablecerla, asegúrese de que la solicitud procede realmente del miembro, por ejemplo llamándole a un número que ya conozca. Quien consigue que se restablezca la MFA puede apoderarse de la cuenta.
help-reset-step-1 = Abra *{ admin-settings }* desde el menú de la cuenta y vaya a la pestaña *{ admin-tab-mfa }*.
help-reset-step-2 = En *{ admin-reset-title }*, escriba exactamente el correo electrónico de inicio de sesión del miembro.
help-reset-step-3 = Marque *{ admin-reset-verified }*.
help-reset-step-4 = Elija *{ admin-reset-submit }* y confirme su identidad con su contraseña y un código de su propio método.
help-reset-limits = Solo puede restablecer a miembros activos de su propia empresa, y nunca su propia MFA: pídaselo a otro administrador. Los miembros que inician sesión con SSO reciben la MFA de su proveedor de identidad, así que se restablece allí; los usuarios de pagos son la excepción.

## Configurar la MFA con una aplicación de autenticación

help-app = Configurar la MFA con una aplicación de autenticación
help-app-intro = Primero instale una aplicación de autenticación en su teléfono, como Google Authenticator o Microsoft Authenticator. { $product } funciona con cualquier aplicación estándar.
help-app-step-1 = Vaya a la página de inicio de sesión de { $product }. En *{ enter-email }*, introduzca su correo electrónico y elija *{ continue }*.
help-app-step-2 = En *{ enter-password }*, introduzca su contraseña y elija *{ continue }*.
help-app-step-3 = En *{ mfa-required }*, elija *{ set-up-now }*. Antes de la fecha límite de su empresa también puede elegir *{ remind-later }*.
help-app-step-4 = En *{ select-method }*, elija *{ authenticator-app }* y, a continuación, *{ continue }*.
help-app-step-5 = En *{ secure-account }*, abra la aplicación de autenticación y escanee el código QR con el escáner de la propia aplicación, no con la cámara del teléfono. ¿Lo configura en el mismo teléfono? Consulte [{ trouble-scanning }](#trouble-scanning)
help-app-step-6 = Introduzca el código de { $digits } dígitos que muestra la aplicación y elija *{ continue }*.
help-app-step-7 = En *{ save-recovery }*, elija *{ copy }* o *{ download }* y guarde el código en un lugar seguro.
help-app-step-8 = Marque *{ saved-checkbox }* y elija *{ continue }*. Ya ha iniciado sesión; para las próximas veces, consulte [Iniciar sesión con MFA](#log-in).
help-app-warning = { save-recovery-warning }
help-trouble-scanning = { trouble-scanning }
help-trouble-phone = En el teléfono donde está la aplicación no puede escanear un código QR que aparece en la misma pantalla: introduzca la clave de configuración a mano. En *{ secure-account }*, elija *{ trouble-scanning }* para ver *{ setup-key-label }* en grupos cortos, con el botón *{ copy }*.
help-trouble-key = En su aplicación de autenticación, añada una cuenta con una clave de configuración (la opción puede llamarse «Introducir una clave de configuración» o «Introducir código manualmente»), póngale el nombre { $product }, escriba o pegue la clave (los espacios no importan) y elija «Basada en el tiempo» si se lo pregunta. Después introduzca el código de { $digits } dígitos que muestra la aplicación.
help-app-later = Para añadir una aplicación más adelante, o antes de la fecha límite de su empresa, consulte [¿Cómo puedo configurar la MFA antes de la fecha límite?](#before-deadline)

## Configurar la MFA con la verificación por SMS

help-sms = Configurar la MFA con la verificación por SMS
help-sms-intro = La verificación por SMS envía un código de { $digits } dígitos por SMS a su teléfono móvil. Está disponible para números de [estos países](#countries). Los pagadores no pueden usarla y los administradores de beneficiarios necesitan un número de Estados Unidos (+1).
help-sms-step-1 = Inicie sesión con su correo electrónico y su contraseña, en *{ enter-email }* y *{ enter-password }*.
help-sms-step-2 = En *{ mfa-required }*, elija *{ set-up-now }*.
help-sms-step-3 = En *{ select-method }*, elija *{ sms-verification }* y, a continuación, *{ continue }*.
help-sms-step-4 = En *{ setup-sms }*, elija su país en *{ country-code }*, escriba su número de móvil en *{ phone-number }* y elija *{ send-text }*.
help-sms-step-5 = Escriba el código del SMS en *{ sms-code-label }* y elija *{ continue }*. El código sirve una sola vez, durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
help-sms-step-6 = En *{ save-recovery }*, elija *{ copy }* o *{ download }*, marque *{ saved-checkbox }* y elija *{ continue }*.
help-sms-resend = ¿No le llega el SMS o el código ha caducado? Elija *{ resend }*: el nuevo código sustituye al anterior. Puede pedir un nuevo código { $resend-seconds } segundos después del último y recibir como máximo { $texts-per-hour } SMS por hora.
help-sms-private = Mantenga en privado su código de verificación. { $product } genera un código único solo para usted: no lo comparta nunca con nadie. Los empleados de { $product } nunca se lo pedirán.

## Iniciar sesión con MFA

help-log-in = Iniciar sesión con MFA
help-log-in-step-1 = Introduzca su correo electrónico en *{ enter-email }* y su contraseña en *{ enter-password }*, y elija *{ continue }* cada vez.
help-log-in-step-2 = En *{ verify-identity }*, abra su aplicación de autenticación y escriba el código actual en *{ enter-code-label }*. Si su método es un teléfono, { $product } le envía un código por SMS en ese momento: escriba ese.
help-log-in-step-3 = Elija *{ continue }*. Ya ha iniciado sesión.
help-log-in-other = ¿Quiere usar otro método o no tiene código? Elija *{ try-another }*. En *{ how-verify }*, elija una de sus aplicaciones de autenticación (por su nombre), *{ use-phone }* (se le envía un nuevo código por SMS), una llave de acceso o *{ enter-recovery }*.
help-log-in-recovery = En *{ enter-recovery }*, escriba o pegue el código de { $recovery-digits } dígitos que guardó (los espacios y guiones no importan) y elija *{ continue }*. Ese código deja de funcionar: guarde el nuevo que se le muestra y configure la MFA en su nuevo dispositivo.
help-log-in-passkey = Con una llave de acceso también puede elegir *{ passkey-sign-in }* en *{ enter-email }* y omitir el correo electrónico y la contraseña, si su cuenta lo permite.
help-log-in-sso = Si su empresa usa el inicio de sesión único (SSO), tras introducir su correo electrónico se le lleva a su proveedor de identidad: siga sus instrucciones.

## Pagadores

help-payors = Pagadores
help-payors-why = Para proteger los pagos, la MFA es obligatoria para los pagadores, que deben usar una aplicación de autenticación: la verificación por SMS no está disponible para ellos. { $product } pide un código en cada inicio de sesión.
help-payors-setup = Para configurar la MFA, siga [Configurar la MFA con una aplicación de autenticación](#app). También puede añadir una llave de acceso en *{ profile-settings }*, pero siempre conserva al menos una aplicación de autenticación.
help-payors-log-in = Para iniciar sesión, siga [Iniciar sesión con MFA](#log-in) con el código de su aplicación de autenticación. Una llave de acceso solo inicia su sesión por sí sola si su empresa lo permite.

## Administradores de beneficiarios

help-payee-admins = Administradores de beneficiarios
help-payee-why = Para proteger los pagos, la MFA es obligatoria para los administradores de beneficiarios. Se recomienda encarecidamente una aplicación de autenticación, pero puede usar en su lugar la verificación por SMS con un número de móvil de Estados Unidos (+1). { $product } pide un código en cada inicio de sesión.
help-payee-setup = Para configurar la MFA, siga [Configurar la MFA con una aplicación de autenticación](#app) (marcada como *{ highly-recommended }*) o [Configurar la MFA con la verificación por SMS](#sms).
help-payee-log-in = Para iniciar sesión, siga [Iniciar sesión con MFA](#log-in).

## Países de la verificación por SMS

help-countries = Dónde está disponible la verificación por SMS
help-countries-intro = Las aplicaciones de autenticación funcionan en cualquier lugar. La verificación por SMS solo está disponible para números de móvil de estos países.
help-countries-caption = Países donde está disponible la verificación por SMS
help-countries-country = País
help-countries-code = Prefijo
help-countries-payments = Los administradores de beneficiarios solo pueden usar la verificación por SMS con números de Estados Unidos; los pagadores no pueden usarla.

## Preguntas frecuentes

help-faq = Preguntas frecuentes

help-faq-more-devices = ¿Puedo usar más de un dispositivo para iniciar sesión con MFA?
help-faq-more-devices-a = Sí. Puede registrar hasta { $apps } aplicaciones de autenticación (en distintos teléfonos o tabletas), { $phones } números de teléfono y { $passkeys } llaves de acceso, y elegir cualquiera de ellos con *{ try-another }* al iniciar sesión. Dé un nombre a cada uno para distinguirlos.
help-faq-more-devices-b = Añádalos en *{ profile-settings }*, pestaña *{ profile-tab-security }*, sección *{ profile-two-factor }*: *{ profile-add-app }*, *{ profile-add-phone }* o *{ passkey-add }*. Cada vez que añade un método recibe un nuevo código de recuperación, que sustituye al anterior.

help-faq-before-deadline = ¿Cómo puedo configurar la MFA antes de la fecha límite?
help-faq-before-deadline-a = Cuando el administrador de su empresa fija una *{ admin-deadline }*, usted recibe un correo electrónico con la fecha: a partir de ese día, debe usar la MFA para iniciar sesión. Hasta entonces, al iniciar sesión ve cuántos días quedan y puede elegir *{ set-up-now }* o *{ remind-later }*. Para configurar la MFA antes, en cualquier momento:
help-faq-before-deadline-step-1 = Inicie sesión, abra el menú de la cuenta (sus iniciales) y elija *{ profile-settings }*.
help-faq-before-deadline-step-2 = Abra la pestaña *{ profile-tab-security }*.
help-faq-before-deadline-step-3 = En *{ profile-two-factor }*, elija *{ profile-add-app }* o *{ profile-add-phone }*.
help-faq-before-deadline-step-4 = En *{ profile-confirm-title }*, introduzca su contraseña actual (y un código, si ya tiene un método). Después podrá hacer cambios durante { $reauth-minutes } minutos.
help-faq-before-deadline-step-5 = Escanee el código QR e introduzca el código de la aplicación, o introduzca su número de teléfono y el código que le llegue por SMS, y elija *{ continue }*.
help-faq-before-deadline-step-6 = Copie o descargue su nuevo código de recuperación y guárdelo en un lugar seguro.

help-faq-clock = ¿Cómo configuro el reloj de mi teléfono en automático para los códigos de la aplicación de autenticación?
help-faq-clock-a = Los códigos de autenticación se calculan a partir de la hora actual y cada uno dura { $period } segundos. Si el reloj de su teléfono no está en hora, sus códigos se rechazan; { $product } le avisa cuando su reloj parece adelantado o atrasado.
help-faq-clock-iphone = iPhone y iPad: abra Ajustes, luego General, luego Fecha y hora, y active Ajuste automático.
help-faq-clock-android = Android: abra Ajustes, luego Sistema (o Administración general), luego Fecha y hora, y active la fecha y hora automáticas. Los nombres varían un poco según el fabricante.
help-faq-clock-b = Después espere a que la aplicación muestre un código nuevo e introduzca ese.

help-faq-sms-capable = ¿Cómo compruebo que mi teléfono puede recibir SMS?
help-faq-sms-capable-a = Antes de elegir la verificación por SMS, compruebe que:
help-faq-sms-capable-plan = su teléfono tiene una tarifa móvil que incluye SMS y cobertura donde usted inicia sesión;
help-faq-sms-capable-test = recibe un SMS que alguien le envía, o que se envía a sí mismo;
help-faq-sms-capable-country = su número pertenece a uno de [estos países](#countries), elige ese país en *{ country-code }* y escribe el número sin el prefijo del país;
help-faq-sms-capable-blocked = los SMS de números cortos o automáticos no están bloqueados: algunas tarifas solo de datos, de prepago o de empresa los bloquean, y su operador puede confirmárselo.
help-faq-sms-capable-b = Si un SMS no llega, elija *{ resend }* o use una aplicación de autenticación: no necesita ninguna cobertura.

help-faq-how-often = ¿Con qué frecuencia debo iniciar sesión con MFA?
help-faq-how-often-a = Una vez configurada la MFA, { $product } le pide un código al iniciar sesión. La frecuencia depende del ajuste *{ admin-reprompt }* de su empresa: *{ admin-reprompt-every }* (el valor predeterminado) o, en un navegador donde ya introdujo un código, *{ admin-reprompt-12h }*, *{ admin-reprompt-7d }* o *{ admin-reprompt-30d }*.
help-faq-how-often-b = Si varias de sus empresas exigen la MFA, se aplica el más frecuente de sus ajustes. A los pagadores y a los administradores de beneficiarios se les pide en cada inicio de sesión.

help-faq-lost-device = ¿Qué pasa si pierdo o cambio el dispositivo en el que está configurada la MFA?
help-faq-lost-device-a = Si tiene otro método (otra aplicación, un número de teléfono o una llave de acceso), elija *{ try-another }* al iniciar sesión y úselo. Después, en *{ profile-settings }*, añada primero su nuevo dispositivo y luego elimine el antiguo.
help-faq-lost-device-b = Si no tiene otro método, inicie sesión con su código de recuperación: en *{ how-verify }*, elija *{ enter-recovery }*. A continuación guardará un nuevo código de recuperación y se le pedirá que configure la MFA en su nuevo dispositivo.
help-faq-lost-device-c = Si no tiene ninguna de las dos cosas, pida al administrador de su empresa que restablezca su MFA (consulte [Restablecer la MFA de un usuario](#reset-user)); la configurará de nuevo en su próximo inicio de sesión.
help-faq-lost-device-d = Si conserva su número de teléfono, la verificación por SMS sigue funcionando en su nuevo teléfono. Una aplicación de autenticación debe configurarse de nuevo en el nuevo teléfono, salvo que la propia aplicación traslade sus cuentas. Si perdió su teléfono o se lo robaron, elimínelo de *{ profile-settings }* cuanto antes.

help-faq-what-is-mfa = ¿Qué es la autenticación multifactor (MFA)?
help-faq-what-is-mfa-a = La MFA, también llamada autenticación de dos factores (2FA), pide dos pruebas de distinto tipo al iniciar sesión: algo que usted sabe, su contraseña, y algo que usted posee, su teléfono o su llave de seguridad.
help-faq-what-is-mfa-b = Así, una contraseña robada o adivinada ya no basta para entrar en su cuenta: también harían falta su dispositivo o su código de recuperación.

help-faq-who-is-affected = ¿A quién afecta que mi empresa active la MFA?
help-faq-who-is-affected-a = Todos los miembros activos de la empresa, administradores incluidos, deben usar la MFA a partir de la *{ admin-deadline }*. Los miembros inactivos no se ven afectados. Si pertenece a varias empresas, basta con que una de ellas exija la MFA.
help-faq-who-is-affected-b = Los miembros que inician sesión con el inicio de sesión único (SSO) usan en su lugar la MFA de su proveedor de identidad. Los pagadores y los administradores de beneficiarios usan siempre la MFA, decida lo que decida su empresa. Para los miembros que ya usan la MFA no cambia nada, salvo quizá la frecuencia con la que se les pide.

help-faq-payments = ¿Por qué es obligatoria la MFA para los pagos y cómo funciona?
help-faq-payments-a = Los pagos mueven dinero, así que una contraseña robada nunca debe bastar para llegar a ellos. Por eso todos los pagadores y administradores de beneficiarios usan la MFA en cada inicio de sesión, incluso cuando su empresa usa el inicio de sesión único (SSO).
help-faq-payments-b = Los pagadores usan una aplicación de autenticación. Los administradores de beneficiarios eligen una aplicación de autenticación (muy recomendada) o la verificación por SMS con un número de Estados Unidos. Consulte [Pagadores](#payors) y [Administradores de beneficiarios](#payee-admins).
