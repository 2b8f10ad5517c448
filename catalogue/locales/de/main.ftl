product-tagline = Sichere Anmeldung für Bauteams
enter-email = E-Mail-Adresse eingeben
email = E-Mail-Adresse
continue = Weiter
enter-password = Passwort eingeben
password = Passwort
signing-in-as = Anmeldung als
change-email = Andere E-Mail-Adresse verwenden
mfa-required = Zwei-Faktor-Authentifizierung erforderlich
mfa-required-body = Um Ihr Konto und die Informationen Ihres Unternehmens zu schützen, müssen Sie die Zwei-Faktor-Authentifizierung einrichten, bevor Sie sich anmelden können. Das dauert etwa zwei Minuten, und Sie benötigen dafür Ihr Telefon.
# Before a company's deadline: `{n}` days, on `{date}`.
mfa-soon = Ihr Unternehmen verlangt die Zwei-Faktor-Authentifizierung { $n ->
        [1] ab morgen, dem { $date }.
       *[other] in { $n } Tagen, ab dem { $date }.
    } Richten Sie sie jetzt ein oder lassen Sie sich bei Ihrer nächsten Anmeldung daran erinnern.
remind-later = Später erinnern
err-deadline-passed = Ihr Unternehmen verlangt jetzt die Zwei-Faktor-Authentifizierung: Richten Sie sie ein, um fortzufahren.
set-up-now = Jetzt einrichten
select-method = Authentifizierungsmethode auswählen
authenticator-app = Authentifizierungs-App
authenticator-app-hint = Verwenden Sie eine App wie Google Authenticator oder Microsoft Authenticator, um einen 6-stelligen Code zu erhalten.
app-name = Name für diese Authentifizierungs-App
after-recovery-notice = Sie haben sich mit Ihrem Wiederherstellungscode angemeldet und einen neuen gespeichert. Richten Sie jetzt MFA auf Ihrem neuen Gerät ein oder überspringen Sie diesen Schritt vorerst.
skip-for-now = Vorerst überspringen
secure-account = Konto schützen
scan-qr = Der QR-Code muss in der Authentifizierungs-App gescannt werden, nicht mit der Kamera Ihres Telefons. Öffnen Sie die Authentifizierungs-App und erfassen Sie den Code mit ihrem integrierten Scanner.
qr-tip-phone = Sie richten MFA auf Ihrem Telefon ohne Computer ein? Da Sie einen QR-Code nicht auf demselben Bildschirm scannen können, müssen Sie den Code manuell eingeben. Tippen Sie auf „Probleme beim Scannen?“ und geben Sie den angezeigten Code in Ihre Authentifizierungs-App ein.
qr-label = QR-Code für Ihre Authentifizierungs-App
trouble-scanning = Probleme beim Scannen?
setup-key-hint = Wählen Sie in Ihrer Authentifizierungs-App die Eingabe eines Einrichtungsschlüssels und geben Sie diesen Schlüssel ein. Wählen Sie „zeitbasiert“, falls Sie danach gefragt werden.
setup-key-label = Einrichtungsschlüssel
account-label = Konto
enter-app-code = 6-stelligen Code aus Ihrer Authentifizierungs-App eingeben
copy = Kopieren
copied = Kopiert
save-recovery = Wiederherstellungscode speichern
save-recovery-body = Wenn Sie Ihr Telefon verlieren, können Sie sich mit diesem Code anmelden und MFA auf einem neuen Gerät einrichten. Wir bewahren keine Kopie davon auf.
save-recovery-warning = Speichern Sie Ihren Wiederherstellungscode unbedingt an einem sicheren Ort, auf den Sie auch von einem anderen Gerät aus zugreifen können. Wenn Ihr MFA-Gerät verloren geht oder beschädigt wird, benötigen Sie Ihren Wiederherstellungscode, um MFA auf einem neuen Gerät einzurichten. Jeder Wiederherstellungscode kann nur einmal verwendet werden. Nachdem ein Wiederherstellungscode verwendet wurde, können Sie einen neuen Wiederherstellungscode speichern.
warning = Warnung
recovery-after-use = Ihr alter Wiederherstellungscode wurde verbraucht. Dieser neue Code ersetzt ihn.
download = Herunterladen
saved-checkbox = Ich habe diesen Code sicher gespeichert
verify-identity = Identität bestätigen
enter-code-label = 6-stelligen Bestätigungscode eingeben
code-hint = Öffnen Sie Ihre Authentifizierungs-App, um Ihren Code zu sehen.
using-app = Verwenden Sie den Code von
try-another = Andere Methode verwenden
how-verify = Wie möchten Sie Ihre Identität bestätigen?
enter-recovery = Wiederherstellungscode eingeben
enter-recovery-hint = Der 32-stellige Code, den Sie bei der Einrichtung von MFA gespeichert haben. Leerzeichen und Bindestriche spielen keine Rolle.
recovery-choice-hint = Der 32-stellige Code, den Sie bei der Einrichtung von MFA gespeichert haben
recovery-code = Wiederherstellungscode eingeben
welcome = Willkommen
signed-in-as = Sie sind angemeldet als
sign-out = Abmelden
# The method picker's last line: no device and no recovery code.
ask-admin = Kein Gerät und kein Wiederherstellungscode? Bitten Sie den Administrator Ihres Unternehmens, Ihre MFA zurückzusetzen.
notice-start = Bitte geben Sie zuerst Ihre E-Mail-Adresse ein.
notice-abandoned = Zu viele falsche Codes. Bitte melden Sie sich zu Ihrer Sicherheit erneut an.
notice-signed-out = Sie wurden abgemeldet.
err-email-empty = Geben Sie Ihre E-Mail-Adresse ein.
err-email-malformed = Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@firma.de.
err-invalid-credentials = E-Mail-Adresse oder Passwort ist falsch.
err-password-reset-required = Zu Ihrer Sicherheit benötigt dieses Konto ein neues Passwort, bevor Sie sich anmelden können. Wir haben Ihnen per E-Mail einen Link gesendet, mit dem Sie eines festlegen können; Sie können auch unten „Passwort vergessen?“ wählen.
err-password-too-long = Passwörter dürfen höchstens { $n } Byte lang sein.
err-too-many-attempts = Zu viele Versuche. Versuchen Sie es in { $n } Min. erneut.
err-too-many-attempts-later = Zu viele Versuche. Versuchen Sie es später erneut.
err-out-of-order = Diese Anmeldung ist abgelaufen oder wurde bereits fortgesetzt. Bitte beginnen Sie von vorn.
err-conflict = Diese Anmeldung wurde in einem anderen Tab oder Fenster geändert. Laden Sie die Seite neu, um fortzufahren.
err-already-enrolled = Für dieses Konto wurde soeben in einem anderen Browser die Zwei-Faktor-Authentifizierung eingerichtet. Melden Sie sich erneut an, um sie zu verwenden.
err-foreign-origin = Diese Anfrage kam von einer anderen Website und wurde daher abgelehnt.
err-bad-request = Dieses Formular war unvollständig. Laden Sie die Seite neu und versuchen Sie es erneut.
err-moved-on = Diese Anmeldung wurde bereits in einem anderen Tab oder Fenster fortgesetzt.
go-to-current-step = Zum aktuellen Schritt
err-code-empty = Geben Sie den 6-stelligen Code ein.
err-code-length = Der Code muss genau 6 Ziffern haben.
err-code-digits = Der Code darf nur Ziffern enthalten.
err-recovery-length = Der Wiederherstellungscode muss genau 32 Ziffern haben.
err-wrong-code = Dieser Code hat nicht funktioniert. Überprüfen Sie ihn und versuchen Sie es erneut. Warten Sie nach mehreren falschen Codes einige Minuten.
err-code-replayed = Dieser Code wurde bereits verwendet. Warten Sie, bis Ihre App einen neuen Code anzeigt.
err-clock-fast = Dieser Code gilt für einen anderen Zeitpunkt: Die Uhr Ihres Telefons scheint etwa { $n ->
        [one] { $n } Sekunde
       *[other] { $n } Sekunden
    } vorzugehen. Stellen Sie die Uhrzeit auf automatisch und versuchen Sie es dann mit einem neuen Code.
err-clock-slow = Dieser Code ist abgelaufen. Wenn Sie ihn sofort nach dem Erscheinen eingegeben haben, scheint die Uhr Ihres Telefons etwa { $n ->
        [one] { $n } Sekunde
       *[other] { $n } Sekunden
    } nachzugehen: Stellen Sie die Uhrzeit auf automatisch und versuchen Sie es dann mit einem neuen Code.
err-not-confirmed = Setzen Sie ein Häkchen bei „Ich habe diesen Code sicher gespeichert“, um fortzufahren.
err-name-invalid = Wählen Sie einen Namen mit 1 bis { $n } Zeichen.
err-name-taken = Sie haben bereits eine Methode dieser Art mit diesem Namen.
err-too-many-apps = Sie können höchstens { $n ->
        [one] eine Authentifizierungs-App
       *[other] { $n } Authentifizierungs-Apps
    } registrieren.
sms-verification = SMS-Bestätigung
sms-hint = Erhalten Sie einen 6-stelligen Code per SMS auf Ihr Mobiltelefon.
highly-recommended = Dringend empfohlen
setup-sms = SMS-Bestätigung einrichten
country-code = Ländervorwahl auswählen
phone-number = Telefonnummer eingeben
phone-hint = Die Mobilnummer, an die Ihre Codes gesendet werden, ohne Ländervorwahl.
send-text = SMS senden
sms-code-label = 6-stelligen Bestätigungscode eingeben
resend = Neuen Code senden
resend-in-seconds = Sie können in { $n ->
        [one] { $n } Sekunde
       *[other] { $n } Sekunden
    } einen neuen Code anfordern.
resend-in-minutes = Sie können in { $n } Min. einen neuen Code anfordern.
sms-sent = Wir haben einen 6-stelligen Code per SMS an die Nummer mit der Endung { $n } gesendet. Er läuft in { $m ->
        [one] { $m } Minute
       *[other] { $m } Minuten
    } ab.
sms-not-live = Für die Nummer mit der Endung { $n } gibt es keinen gültigen Code: Er ist abgelaufen oder konnte nicht gesendet werden. Wählen Sie „Neuen Code senden“, um einen neuen zu erhalten.
important = Wichtig
sms-privacy = Halten Sie Ihren Bestätigungscode geheim. { $product } erzeugt einen eindeutigen Code nur für Sie. Geben Sie ihn niemals an andere weiter. Mitarbeiter von { $product } werden Sie niemals danach fragen.
use-different-number = Andere Nummer verwenden
use-phone = Telefonnummer verwenden
phone-ending = Endet auf { $n }
err-sms-not-allowed = Die SMS-Bestätigung ist für Ihr Konto nicht verfügbar: Benutzer mit Zahlungsfunktionen müssen eine Authentifizierungs-App verwenden.
err-country-not-offered = SMS können nur an Nummern in den aufgeführten Ländern gesendet werden.
err-phone-empty = Geben Sie Ihre Telefonnummer ein.
err-phone-invalid = Das sieht nicht nach einer Mobilnummer aus. Überprüfen Sie die Ziffern und versuchen Sie es erneut.
err-phone-not-in-country = Diese Nummer passt nicht zur ausgewählten Ländervorwahl ({ $country }). Überprüfen Sie das Land oder die Nummer.
err-phone-us-only = Administratoren von Zahlungsempfängern können für die SMS-Bestätigung nur eine Mobilnummer aus den Vereinigten Staaten (+1) verwenden.
err-phone-taken = Diese Nummer ist bereits in Ihrem Konto registriert.
err-too-many-phones = Sie können höchstens { $n ->
        [one] eine Telefonnummer
       *[other] { $n } Telefonnummern
    } registrieren.
err-code-expired = Dieser Code ist abgelaufen. Wählen Sie „Neuen Code senden“, um einen neuen zu erhalten.
err-sms-unavailable = Wir konnten die SMS nicht senden. Versuchen Sie es gleich noch einmal.
err-internal = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.
err-transport = Der Server ist nicht erreichbar. Überprüfen Sie Ihre Verbindung und versuchen Sie es erneut.
start-again = Von vorn beginnen
recovery-file-title = Wiederherstellungscode
not-found = Seite nicht gefunden
go-to-sign-in = Zur Anmeldung
# The page for a form post bigger than the server accepts.
too-large = Formular zu groß
too-large-body = Es enthielt mehr, als wir annehmen, daher wurde nichts gespeichert. Gehen Sie zurück und versuchen Sie es mit weniger Text erneut.
go-back = Zurück
switch-language = Sprache
# A moment and the zone it is written in.
date-time-in-zone = { $date-time } ({ $zone })

# The SMS countries, by ISO code.
country-us = Vereinigte Staaten
country-ca = Kanada
country-mx = Mexiko
country-gb = Vereinigtes Königreich
country-ie = Irland
country-fr = Frankreich
country-de = Deutschland
country-es = Spanien
country-it = Italien
country-au = Australien
country-nz = Neuseeland
country-sg = Singapur
country-hk = Hongkong
# The page when the database does not answer.
unavailable = { $product } ist vorübergehend nicht verfügbar. Bitte versuchen Sie es erneut.
need-help = Brauchen Sie Hilfe?
clock-help = So stellen Sie die Uhr Ihres Telefons auf automatisch
trouble-scanning-help = Weitere Hilfe zum Einrichtungsschlüssel
lost-device-help = Gerät verloren oder ersetzt?
recovery-file =
    { $product } { recovery-file-title }

    { $code }

    { save-recovery-warning }
