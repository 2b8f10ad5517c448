# Select an Authentication Method's option.
passkey-option = Llave de acceso o llave de seguridad
passkey-option-hint = Use su huella digital, su rostro o el bloqueo de pantalla, o bien una llave de seguridad.
# Between a form and the passkey's button.
passkey-or = o
passkey-verify-intro = Use su llave de acceso para confirmar su identidad.
passkey-verify-named = Use su llave de acceso “{ $name }”.
passkey-use-passkey = Usar llave de acceso
# Shown until the page's script finds WebAuthn.
passkey-needs-js = Las llaves de acceso requieren JavaScript y un navegador compatible. Si el suyo no lo es, pruebe otro método.
# The method picker's title of a passkey (its name below).
passkey-choice = Llave de acceso
passkey-sign-in = Iniciar sesión con una llave de acceso
passkey-add = Añadir llave de acceso
passkey-failed = No se ha aceptado su llave de acceso. Inténtelo de nuevo o use otro método.
passkey-sign-in-failed = No se ha aceptado su llave de acceso. Inténtelo de nuevo o introduzca su correo electrónico.
passkey-register-failed = No se ha guardado la llave de acceso. Inténtelo de nuevo o elija otro método.
passkey-err-unavailable = No se pueden usar llaves de acceso en la dirección de este sitio. Use otro método.
passkey-err-sign-in-not-allowed = Su cuenta no puede iniciar sesión solo con una llave de acceso. Introduzca su correo electrónico para iniciar sesión.
# `{n}`: the most passkeys a user may have.
passkey-err-too-many = Puede registrar como máximo { $n ->
        [one] una llave de acceso
       *[other] { $n } llaves de acceso
    }.
