# Das Hilfecenter (/help): Auszeichnung (*…*, [Text](#Anker)) und Variablen
# siehe en/help.ftl, in jeder Sprache dieselben.

## Die Seite

help-title = Hilfe zur Multi-Faktor-Authentifizierung (MFA)
help-intro = So richten Sie die Multi-Faktor-Authentifizierung ein und melden sich damit bei { $product } an: für Benutzer, für Unternehmensadministratoren und für Zahlungsbenutzer.
help-skip = Zur Hilfe springen
help-languages = Sprache
help-contents = Inhalt
help-back = Zurück zur Anmeldung
help-still-stuck = Kommen Sie nicht weiter? Der Administrator Ihres Unternehmens kann Ihr Konto prüfen und Ihre MFA zurücksetzen, wenn Sie sie neu einrichten müssen.

## Abschnittsgruppen

help-get-started = Erste Schritte
help-for-admins = Für Unternehmensadministratoren
help-for-users = Für Benutzer
help-for-payments = Für Zahlungsbenutzer

## Überblick

help-overview = Überblick
help-overview-what = Die Multi-Faktor-Authentifizierung (MFA), auch Zwei-Faktor-Authentifizierung (2FA) genannt, ergänzt die Anmeldung bei { $product } um einen zweiten Schritt. Neben Ihrer E-Mail-Adresse und Ihrem Passwort (etwas, das Sie wissen) weisen Sie nach, dass Sie Ihr Gerät haben (etwas, das Sie besitzen): mit einem { $digits }-stelligen Code aus einer Authentifizierungs-App oder per SMS oder mit einem Passkey.
help-overview-why = Selbst wenn jemand Ihr Passwort erfährt, kann er sich ohne Ihr Gerät nicht anmelden. Die MFA schützt Ihr Konto, die Informationen Ihres Unternehmens und, bei Zahlungsbenutzern, Ihre Zahlungen.
help-overview-who = Für Zahler und Zahlungsempfänger-Admins ist die MFA immer Pflicht. Ein Unternehmensadministrator kann sie außerdem für alle Mitglieder des Unternehmens ab einem *{ admin-deadline }* verlangen. Alle anderen können sie jederzeit unter *{ profile-settings }* einrichten.
help-overview-when = Sobald Sie eine Methode eingerichtet haben, fragt { $product } bei der Anmeldung nach einem Code: bei jeder Anmeldung oder seltener, wenn Ihr Unternehmen das so festgelegt hat (siehe [Wie oft muss ich mich mit MFA anmelden?](#how-often)).

## Bestätigungsmethoden

help-methods = Bestätigungsmethoden
help-methods-intro = Sie können mehrere Methoden registrieren und bei jeder Anmeldung eine davon wählen.
help-methods-app = *{ authenticator-app }* (empfohlen): Eine App auf Ihrem Smartphone, etwa Google Authenticator oder Microsoft Authenticator, zeigt alle { $period } Sekunden einen neuen { $digits }-stelligen Code an. Sie funktioniert überall, auch ohne Mobilfunkempfang. Sie können bis zu { $apps } Apps registrieren, jede mit eigenem Namen.
help-methods-sms = *{ sms-verification }*: Ein { $digits }-stelliger Code wird per SMS an Ihr Mobiltelefon gesendet. Jeder Code gilt einmal, { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    } lang. Sie steht nur für Nummern aus [diesen Ländern](#countries) zur Verfügung; Zahler können sie nicht nutzen, und Zahlungsempfänger-Admins benötigen eine Nummer aus den Vereinigten Staaten. Sie können bis zu { $phones } Nummern registrieren.
help-methods-passkey = *{ passkey-option }*: die Entsperrung Ihres Smartphones oder Computers per Fingerabdruck, Gesicht oder Bildschirmsperre oder ein Sicherheitsschlüssel. Dafür sind JavaScript und ein Browser nötig, der Passkeys unterstützt. Sie können bis zu { $passkeys } Passkeys registrieren. Ein Passkey kann Sie mit *{ passkey-sign-in }* auch allein anmelden (Zahlungsbenutzer nur, wenn ihr Unternehmen das erlaubt).
help-methods-recovery = Wiederherstellungscode: ein { $recovery-digits }-stelliger Code, der am Ende jeder Einrichtung einmalig auf der Seite *{ save-recovery }* angezeigt wird. Er ersetzt Ihr Gerät, wenn Sie es verlieren, und gilt nur einmal. { $product } speichert davon nur einen nicht umkehrbaren Hashwert, daher kann ihn Ihnen niemand nennen; jeder neue Wiederherstellungscode ersetzt den vorherigen.

## Was Sie beachten sollten

help-consider = Was Sie beachten sollten
help-consider-app = Installieren Sie vor dem Start eine Authentifizierungs-App auf Ihrem Smartphone. Jede gängige App, die zeitbasierte Codes erzeugt, funktioniert.
help-consider-clock = Die Codes der Authentifizierungs-App hängen von der Uhr Ihres Smartphones ab: Stellen Sie Datum und Uhrzeit auf automatisch (siehe [Wie stelle ich die Uhr meines Smartphones auf automatisch?](#clock)).
help-consider-recovery = Bewahren Sie Ihren Wiederherstellungscode so auf, dass Sie ihn von einem anderen Gerät aus erreichen, zum Beispiel in einem Passwort-Manager. Ohne Ihr Gerät und ohne Ihren Wiederherstellungscode kann nur der Administrator Ihres Unternehmens Ihre MFA zurücksetzen.
help-consider-sms = Die SMS-Bestätigung benötigt Mobilfunkempfang und funktioniert nur für Nummern aus [diesen Ländern](#countries). Zahler müssen eine Authentifizierungs-App verwenden; Zahlungsempfänger-Admins können die SMS-Bestätigung nur mit einer Nummer aus den Vereinigten Staaten nutzen.
help-consider-limits = Zu Ihrer Sicherheit sind falsche Codes begrenzt: Nach { $tries } falschen Codes innerhalb von { $tries-minutes } Minuten oder { $hour-tries } innerhalb einer Stunde müssen Sie warten, bevor Sie es erneut versuchen. Nach { $abandon } falschen Codes endet die Anmeldung, und Sie beginnen wieder mit Ihrer E-Mail-Adresse.
help-consider-companies = Wenn Sie mehreren Unternehmen angehören, müssen Sie die MFA verwenden, sobald eines der Unternehmen, in denen Sie aktives Mitglied sind, sie verlangt.
help-consider-sso = Wenn Ihr Unternehmen Single Sign-On (SSO) verwendet, melden Sie sich beim Identitätsanbieter Ihres Unternehmens an, der sich um die MFA kümmert: { $product } fragt Sie nicht nach einem Code. Ausgenommen sind Zahlungsbenutzer: Sie bestätigen ihre Identität zusätzlich in { $product }.
help-consider-private = Geben Sie Ihre Codes niemandem weiter. Mitarbeitende von { $product } werden Sie nie nach einem Code oder Ihrem Wiederherstellungscode fragen.

## MFA für Ihr Unternehmen aktivieren

help-enable-company = MFA für Ihr Unternehmen aktivieren
help-enable-intro = Als Unternehmensadministrator können Sie die MFA für alle aktiven Mitglieder Ihres Unternehmens ab einem Datum Ihrer Wahl verlangen. Bis zu diesem Datum können sich Mitglieder ohne MFA weiterhin mit ihrem Passwort anmelden; sie sehen, wie viele Tage noch bleiben, und können die MFA vorher einrichten.
help-enable-available = Wird die Option *{ admin-require-mfa }* nicht angeboten, ist die MFA für Ihr Unternehmen noch nicht verfügbar: Bitten Sie Ihre Ansprechperson bei { $product }, sie freizuschalten.
help-enable-step-1 = Melden Sie sich an, öffnen Sie das Kontomenü (Ihre Initialen, oben auf der Seite) und wählen Sie *{ admin-settings }*.
help-enable-step-2 = Öffnen Sie die Registerkarte *{ admin-tab-mfa }*. Richten Sie zuerst die MFA für Ihr eigenes Konto ein, falls noch nicht geschehen: Sie bestätigen Änderungen mit Ihrem Passwort und einem Code Ihrer eigenen Methode.
help-enable-step-3 = Aktivieren Sie *{ admin-require-mfa }* und wählen Sie unter *{ admin-deadline }* den ersten Tag, an dem Mitglieder die MFA verwenden müssen, in Ihrer Zeitzone.
help-enable-step-4 = Wählen Sie unter *{ admin-reprompt }*: *{ admin-reprompt-every }* (am sichersten), *{ admin-reprompt-12h }*, *{ admin-reprompt-7d }* oder *{ admin-reprompt-30d }*.
help-enable-step-5 = Wählen Sie *{ admin-save }*. Jedes aktive Mitglied erhält das Datum per E-Mail.
help-enable-after = Mitglieder, die die MFA noch nicht eingerichtet haben, werden eine Woche und einen Tag vor dem Stichtag per E-Mail erinnert. Die Mitgliedertabelle zeigt, wer die MFA eingerichtet hat; wählen Sie *{ admin-filter-unenrolled }*, um zu sehen, wer noch nicht. Sie können das Datum später ändern: Die Mitglieder erhalten dann erneut eine E-Mail. Inaktive Mitglieder sind nicht betroffen.

## MFA für einen Benutzer zurücksetzen

help-reset-user = MFA für einen Benutzer zurücksetzen
help-reset-intro = Setzen Sie die MFA eines Mitglieds zurück, wenn es alle Geräte und seinen Wiederherstellungscode verloren hat. Das Zurücksetzen entfernt alle seine Methoden und seinen Wiederherstellungscode, meldet es überall ab und benachrichtigt es per E-Mail; bei der nächsten Anmeldung richtet es die MFA neu ein.
help-reset-verify = Vergewissern Sie sich vor dem Zurücksetzen, dass die Anfrage wirklich von dem Mitglied stammt, zum Beispiel durch einen Anruf unter einer Nummer, die Sie bereits kennen. Wer das Zurücksetzen der MFA erreicht, kann das Konto übernehmen.
help-reset-step-1 = Öffnen Sie *{ admin-settings }* über das Kontomenü und wechseln Sie zur Registerkarte *{ admin-tab-mfa }*.
help-reset-step-2 = Geben Sie unter *{ admin-reset-title }* die Anmelde-E-Mail-Adresse des Mitglieds genau ein.
help-reset-step-3 = Aktivieren Sie *{ admin-reset-verified }*.
help-reset-step-4 = Wählen Sie *{ admin-reset-submit }* und bestätigen Sie Ihre Identität mit Ihrem Passwort und einem Code Ihrer eigenen Methode.
help-reset-limits = Sie können nur aktive Mitglieder Ihres eigenen Unternehmens zurücksetzen und niemals Ihre eigene MFA: Wenden Sie sich an einen anderen Administrator. Mitglieder, die sich per SSO anmelden, erhalten die MFA von Ihrem Identitätsanbieter und werden dort zurückgesetzt; Zahlungsbenutzer sind davon ausgenommen.

## MFA mit einer Authentifizierungs-App einrichten

help-app = MFA mit einer Authentifizierungs-App einrichten
help-app-intro = Installieren Sie zuerst eine Authentifizierungs-App auf Ihrem Smartphone, etwa Google Authenticator oder Microsoft Authenticator. { $product } funktioniert mit jeder gängigen App.
help-app-step-1 = Öffnen Sie die Anmeldeseite von { $product }. Geben Sie auf der Seite *{ enter-email }* Ihre E-Mail-Adresse ein und wählen Sie *{ continue }*.
help-app-step-2 = Geben Sie auf der Seite *{ enter-password }* Ihr Passwort ein und wählen Sie *{ continue }*.
help-app-step-3 = Wählen Sie auf der Seite *{ mfa-required }* die Option *{ set-up-now }*. Vor dem Stichtag Ihres Unternehmens können Sie auch *{ remind-later }* wählen.
help-app-step-4 = Wählen Sie auf der Seite *{ select-method }* die Option *{ authenticator-app }* und dann *{ continue }*.
help-app-step-5 = Öffnen Sie auf der Seite *{ secure-account }* die Authentifizierungs-App und scannen Sie den QR-Code mit dem Scanner der App, nicht mit der Kamera Ihres Smartphones. Sie richten die MFA auf dem Smartphone selbst ein? Siehe [{ trouble-scanning }](#trouble-scanning)
help-app-step-6 = Geben Sie den { $digits }-stelligen Code ein, den die App anzeigt, und wählen Sie *{ continue }*.
help-app-step-7 = Wählen Sie auf der Seite *{ save-recovery }* die Option *{ copy }* oder *{ download }* und bewahren Sie den Code an einem sicheren Ort auf.
help-app-step-8 = Aktivieren Sie *{ saved-checkbox }* und wählen Sie *{ continue }*. Sie sind angemeldet; für spätere Anmeldungen siehe [Mit MFA anmelden](#log-in).
help-app-warning = { save-recovery-warning }
help-trouble-scanning = { trouble-scanning }
help-trouble-phone = Auf dem Smartphone, auf dem die App läuft, können Sie keinen QR-Code scannen, der auf demselben Bildschirm angezeigt wird: Geben Sie stattdessen den Einrichtungsschlüssel von Hand ein. Wählen Sie auf der Seite *{ secure-account }* die Option *{ trouble-scanning }*; dann erscheint *{ setup-key-label }* in kurzen Gruppen, mit der Schaltfläche *{ copy }*.
help-trouble-key = Fügen Sie in Ihrer Authentifizierungs-App ein Konto mit einem Einrichtungsschlüssel hinzu (die Option heißt etwa „Einrichtungsschlüssel eingeben“ oder „Code manuell eingeben“), nennen Sie es { $product }, tippen oder fügen Sie den Schlüssel ein (Leerzeichen spielen keine Rolle) und wählen Sie „Zeitbasiert“, falls gefragt. Geben Sie dann den { $digits }-stelligen Code ein, den die App anzeigt.
help-app-later = Wie Sie später oder vor dem Stichtag Ihres Unternehmens eine App hinzufügen, lesen Sie unter [Wie kann ich die MFA vor dem Stichtag einrichten?](#before-deadline)

## MFA mit SMS-Bestätigung einrichten

help-sms = MFA mit SMS-Bestätigung einrichten
help-sms-intro = Bei der SMS-Bestätigung erhalten Sie einen { $digits }-stelligen Code per SMS auf Ihr Mobiltelefon. Sie steht für Nummern aus [diesen Ländern](#countries) zur Verfügung. Zahler können sie nicht nutzen, und Zahlungsempfänger-Admins benötigen eine Nummer aus den Vereinigten Staaten (+1).
help-sms-step-1 = Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an, auf den Seiten *{ enter-email }* und *{ enter-password }*.
help-sms-step-2 = Wählen Sie auf der Seite *{ mfa-required }* die Option *{ set-up-now }*.
help-sms-step-3 = Wählen Sie auf der Seite *{ select-method }* die Option *{ sms-verification }* und dann *{ continue }*.
help-sms-step-4 = Wählen Sie auf der Seite *{ setup-sms }* unter *{ country-code }* Ihr Land, geben Sie unter *{ phone-number }* Ihre Mobilnummer ein und wählen Sie *{ send-text }*.
help-sms-step-5 = Geben Sie den Code aus der SMS unter *{ sms-code-label }* ein und wählen Sie *{ continue }*. Der Code gilt einmal, { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    } lang.
help-sms-step-6 = Wählen Sie auf der Seite *{ save-recovery }* die Option *{ copy }* oder *{ download }*, aktivieren Sie *{ saved-checkbox }* und wählen Sie *{ continue }*.
help-sms-resend = Keine SMS erhalten oder Code abgelaufen? Wählen Sie *{ resend }*: Der neue Code ersetzt den vorherigen. Einen neuen Code können Sie { $resend-seconds } Sekunden nach dem letzten anfordern, und Sie erhalten höchstens { $texts-per-hour } SMS pro Stunde.
help-sms-private = Halten Sie Ihren Bestätigungscode geheim. { $product } erzeugt einen eindeutigen Code nur für Sie: Geben Sie ihn niemals an andere weiter. Mitarbeitende von { $product } werden Sie niemals danach fragen.

## Mit MFA anmelden

help-log-in = Mit MFA anmelden
help-log-in-step-1 = Geben Sie auf der Seite *{ enter-email }* Ihre E-Mail-Adresse und auf der Seite *{ enter-password }* Ihr Passwort ein und wählen Sie jeweils *{ continue }*.
help-log-in-step-2 = Öffnen Sie auf der Seite *{ verify-identity }* Ihre Authentifizierungs-App und geben Sie den aktuellen Code unter *{ enter-code-label }* ein. Ist Ihre Methode ein Telefon, sendet Ihnen { $product } sofort einen Code per SMS: Geben Sie diesen ein.
help-log-in-step-3 = Wählen Sie *{ continue }*. Sie sind angemeldet.
help-log-in-other = Sie möchten eine andere Methode verwenden oder haben keinen Code? Wählen Sie *{ try-another }*. Wählen Sie auf der Seite *{ how-verify }* eine Ihrer Authentifizierungs-Apps (nach Namen), *{ use-phone }* (Sie erhalten einen neuen Code per SMS), einen Passkey oder *{ enter-recovery }*.
help-log-in-recovery = Geben Sie auf der Seite *{ enter-recovery }* den gespeicherten { $recovery-digits }-stelligen Code ein oder fügen Sie ihn ein (Leerzeichen und Bindestriche spielen keine Rolle) und wählen Sie *{ continue }*. Dieser Code ist danach ungültig: Speichern Sie den neuen Code, der Ihnen angezeigt wird, und richten Sie die MFA auf Ihrem neuen Gerät ein.
help-log-in-passkey = Mit einem Passkey können Sie auf der Seite *{ enter-email }* auch *{ passkey-sign-in }* wählen und E-Mail-Adresse und Passwort überspringen, sofern Ihr Konto das zulässt.
help-log-in-sso = Wenn Ihr Unternehmen Single Sign-On (SSO) verwendet, werden Sie nach der Eingabe Ihrer E-Mail-Adresse zu Ihrem Identitätsanbieter weitergeleitet: Folgen Sie dessen Anweisungen.

## Zahler

help-payors = Zahler
help-payors-why = Zum Schutz der Zahlungen ist die MFA für Zahler Pflicht, und Zahler müssen eine Authentifizierungs-App verwenden: Die SMS-Bestätigung steht ihnen nicht zur Verfügung. { $product } fragt bei jeder Anmeldung nach einem Code.
help-payors-setup = Um die MFA einzurichten, folgen Sie [MFA mit einer Authentifizierungs-App einrichten](#app). Unter *{ profile-settings }* können Sie zusätzlich einen Passkey hinzufügen, behalten aber immer mindestens eine Authentifizierungs-App.
help-payors-log-in = Zum Anmelden folgen Sie [Mit MFA anmelden](#log-in) mit dem Code aus Ihrer Authentifizierungs-App. Ein Passkey meldet Sie nur dann allein an, wenn Ihr Unternehmen das erlaubt.

## Zahlungsempfänger-Admins

help-payee-admins = Zahlungsempfänger-Admins
help-payee-why = Zum Schutz der Zahlungen ist die MFA für Zahlungsempfänger-Admins Pflicht. Eine Authentifizierungs-App wird dringend empfohlen, Sie können aber stattdessen die SMS-Bestätigung mit einer Mobilnummer aus den Vereinigten Staaten (+1) nutzen. { $product } fragt bei jeder Anmeldung nach einem Code.
help-payee-setup = Um die MFA einzurichten, folgen Sie [MFA mit einer Authentifizierungs-App einrichten](#app) (markiert mit *{ highly-recommended }*) oder [MFA mit SMS-Bestätigung einrichten](#sms).
help-payee-log-in = Zum Anmelden folgen Sie [Mit MFA anmelden](#log-in).

## Länder der SMS-Bestätigung

help-countries = Wo die SMS-Bestätigung verfügbar ist
help-countries-intro = Authentifizierungs-Apps funktionieren überall. Die SMS-Bestätigung ist nur für Mobilnummern aus diesen Ländern verfügbar.
help-countries-caption = Länder, in denen die SMS-Bestätigung verfügbar ist
help-countries-country = Land
help-countries-code = Ländervorwahl
help-countries-payments = Zahlungsempfänger-Admins können die SMS-Bestätigung nur mit Nummern aus den Vereinigten Staaten nutzen; Zahler können sie nicht nutzen.

## FAQ

help-faq = Häufig gestellte Fragen

help-faq-more-devices = Kann ich mehr als ein Gerät für die Anmeldung mit MFA verwenden?
help-faq-more-devices-a = Ja. Sie können bis zu { $apps } Authentifizierungs-Apps (auf verschiedenen Smartphones oder Tablets), { $phones } Telefonnummern und { $passkeys } Passkeys registrieren und bei der Anmeldung mit *{ try-another }* jede davon wählen. Geben Sie jeder einen Namen, damit Sie sie unterscheiden können.
help-faq-more-devices-b = Fügen Sie sie unter *{ profile-settings }* hinzu, auf der Registerkarte *{ profile-tab-security }* im Bereich *{ profile-two-factor }*: *{ profile-add-app }*, *{ profile-add-phone }* oder *{ passkey-add }*. Jedes Mal, wenn Sie eine Methode hinzufügen, erhalten Sie einen neuen Wiederherstellungscode, der den alten ersetzt.

help-faq-before-deadline = Wie kann ich die MFA vor dem Stichtag einrichten?
help-faq-before-deadline-a = Legt der Administrator Ihres Unternehmens einen *{ admin-deadline }* fest, erhalten Sie eine E-Mail mit dem Datum: Ab diesem Tag müssen Sie sich mit MFA anmelden. Bis dahin sehen Sie bei der Anmeldung, wie viele Tage noch bleiben, und können *{ set-up-now }* oder *{ remind-later }* wählen. So richten Sie die MFA jederzeit vorab ein:
help-faq-before-deadline-step-1 = Melden Sie sich an, öffnen Sie das Kontomenü (Ihre Initialen) und wählen Sie *{ profile-settings }*.
help-faq-before-deadline-step-2 = Öffnen Sie die Registerkarte *{ profile-tab-security }*.
help-faq-before-deadline-step-3 = Wählen Sie im Bereich *{ profile-two-factor }* die Option *{ profile-add-app }* oder *{ profile-add-phone }*.
help-faq-before-deadline-step-4 = Geben Sie auf der Seite *{ profile-confirm-title }* Ihr aktuelles Passwort ein (und einen Code, wenn Sie bereits eine Methode haben). Danach können Sie { $reauth-minutes } Minuten lang Änderungen vornehmen.
help-faq-before-deadline-step-5 = Scannen Sie den QR-Code und geben Sie den Code aus der App ein, oder geben Sie Ihre Telefonnummer und den per SMS gesendeten Code ein, und wählen Sie *{ continue }*.
help-faq-before-deadline-step-6 = Kopieren oder laden Sie Ihren neuen Wiederherstellungscode herunter und bewahren Sie ihn an einem sicheren Ort auf.

help-faq-clock = Wie stelle ich die Uhr meines Smartphones für die Codes der Authentifizierungs-App auf automatisch?
help-faq-clock-a = Die Codes der Authentifizierungs-App werden aus der aktuellen Uhrzeit berechnet, und jeder gilt { $period } Sekunden. Geht die Uhr Ihres Smartphones falsch, werden seine Codes abgelehnt; { $product } weist Sie darauf hin, wenn Ihre Uhr vor- oder nachzugehen scheint.
help-faq-clock-iphone = iPhone und iPad: Öffnen Sie Einstellungen, dann Allgemein, dann Datum & Uhrzeit, und aktivieren Sie Automatisch einstellen.
help-faq-clock-android = Android: Öffnen Sie Einstellungen, dann System (oder Allgemeine Verwaltung), dann Datum und Uhrzeit, und aktivieren Sie die automatische Einstellung von Datum und Uhrzeit. Die Bezeichnungen unterscheiden sich je nach Hersteller etwas.
help-faq-clock-b = Warten Sie dann, bis die App einen neuen Code anzeigt, und geben Sie diesen ein.

help-faq-sms-capable = Wie prüfe ich, ob mein Telefon SMS empfangen kann?
help-faq-sms-capable-a = Bevor Sie die SMS-Bestätigung wählen, prüfen Sie, ob:
help-faq-sms-capable-plan = Ihr Telefon einen Mobilfunktarif mit SMS hat und dort, wo Sie sich anmelden, Mobilfunkempfang besteht;
help-faq-sms-capable-test = es eine SMS empfängt, die Ihnen jemand schickt oder die Sie sich selbst senden;
help-faq-sms-capable-country = Ihre Nummer zu einem [dieser Länder](#countries) gehört, Sie dieses Land unter *{ country-code }* wählen und die Nummer ohne Ländervorwahl eingeben;
help-faq-sms-capable-blocked = SMS von Kurzwahl- oder automatisierten Nummern nicht gesperrt sind: Manche reinen Datentarife, Prepaid- und Firmentarife sperren sie, und Ihr Mobilfunkanbieter kann Ihnen das sagen.
help-faq-sms-capable-b = Kommt eine SMS nicht an, wählen Sie *{ resend }* oder verwenden Sie eine Authentifizierungs-App: Sie braucht überhaupt keinen Empfang.

help-faq-how-often = Wie oft muss ich mich mit MFA anmelden?
help-faq-how-often-a = Sobald Sie die MFA eingerichtet haben, fragt { $product } bei der Anmeldung nach einem Code. Wie oft, hängt von der Einstellung *{ admin-reprompt }* Ihres Unternehmens ab: *{ admin-reprompt-every }* (Standard) oder, in einem Browser, in dem Sie bereits einen Code eingegeben haben, *{ admin-reprompt-12h }*, *{ admin-reprompt-7d }* oder *{ admin-reprompt-30d }*.
help-faq-how-often-b = Verlangen mehrere Ihrer Unternehmen die MFA, gilt die häufigste ihrer Einstellungen. Zahler und Zahlungsempfänger-Admins werden bei jeder Anmeldung gefragt.

help-faq-lost-device = Was passiert, wenn ich das Gerät, auf dem die MFA eingerichtet ist, verliere oder ersetze?
help-faq-lost-device-a = Wenn Sie eine andere Methode haben (eine weitere App, eine Telefonnummer oder einen Passkey), wählen Sie bei der Anmeldung *{ try-another }* und verwenden Sie diese. Fügen Sie dann unter *{ profile-settings }* zuerst Ihr neues Gerät hinzu und entfernen Sie danach das alte.
help-faq-lost-device-b = Wenn Sie keine andere Methode haben, melden Sie sich mit Ihrem Wiederherstellungscode an: Wählen Sie auf der Seite *{ how-verify }* die Option *{ enter-recovery }*. Danach speichern Sie einen neuen Wiederherstellungscode und werden gebeten, die MFA auf Ihrem neuen Gerät einzurichten.
help-faq-lost-device-c = Wenn Sie beides nicht haben, bitten Sie den Administrator Ihres Unternehmens, Ihre MFA zurückzusetzen (siehe [MFA für einen Benutzer zurücksetzen](#reset-user)); bei der nächsten Anmeldung richten Sie sie neu ein.
help-faq-lost-device-d = Behalten Sie Ihre Telefonnummer, funktioniert die SMS-Bestätigung auf dem neuen Telefon weiter. Eine Authentifizierungs-App muss auf dem neuen Smartphone neu eingerichtet werden, es sei denn, die App überträgt ihre Konten selbst. Wurde Ihr Telefon verloren oder gestohlen, entfernen Sie es so bald wie möglich unter *{ profile-settings }*.

help-faq-what-is-mfa = Was ist die Multi-Faktor-Authentifizierung (MFA)?
help-faq-what-is-mfa-a = Die MFA, auch Zwei-Faktor-Authentifizierung (2FA) genannt, verlangt bei der Anmeldung zwei verschiedene Nachweise: etwas, das Sie wissen, Ihr Passwort, und etwas, das Sie besitzen, Ihr Smartphone oder Ihren Sicherheitsschlüssel.
help-faq-what-is-mfa-b = Ein gestohlenes oder erratenes Passwort reicht dann nicht mehr aus, um in Ihr Konto zu gelangen: Man bräuchte außerdem Ihr Gerät oder Ihren Wiederherstellungscode.

help-faq-who-is-affected = Wer ist betroffen, wenn mein Unternehmen die MFA aktiviert?
help-faq-who-is-affected-a = Alle aktiven Mitglieder des Unternehmens, Administratoren eingeschlossen, müssen die MFA ab dem *{ admin-deadline }* verwenden. Inaktive Mitglieder sind nicht betroffen. Wenn Sie mehreren Unternehmen angehören, genügt es, dass eines davon die MFA verlangt.
help-faq-who-is-affected-b = Mitglieder, die sich per Single Sign-On (SSO) anmelden, verwenden stattdessen die MFA ihres Identitätsanbieters. Zahler und Zahlungsempfänger-Admins verwenden die MFA immer, unabhängig von der Wahl ihres Unternehmens. Für Mitglieder, die die MFA bereits nutzen, ändert sich nichts, außer vielleicht, wie oft sie gefragt werden.

help-faq-payments = Warum ist die MFA für Zahlungen Pflicht und wie funktioniert sie?
help-faq-payments-a = Bei Zahlungen geht es um Geld: Ein gestohlenes Passwort darf niemals ausreichen, um an sie heranzukommen. Deshalb verwendet jeder Zahler und jeder Zahlungsempfänger-Admin die MFA bei jeder Anmeldung, auch wenn sein Unternehmen Single Sign-On (SSO) nutzt.
help-faq-payments-b = Zahler verwenden eine Authentifizierungs-App. Zahlungsempfänger-Admins wählen eine Authentifizierungs-App (dringend empfohlen) oder die SMS-Bestätigung mit einer Nummer aus den Vereinigten Staaten. Siehe [Zahler](#payors) und [Zahlungsempfänger-Admins](#payee-admins).
