admin-settings = Sicherheitseinstellungen
admin-sections = Bereiche der Sicherheitseinstellungen
admin-tab-mfa = MFA
admin-company = Unternehmen: { $company }
admin-on-request = Die Multi-Faktor-Authentifizierung (MFA) ist auf Anfrage verfügbar. Um MFA für Ihr Unternehmen zu aktivieren, bitten Sie Ihren Ansprechpartner, sie freizuschalten; anschließend können Sie sie hier für Ihre Mitglieder verbindlich vorschreiben.
admin-policy = MFA-Richtlinie
# `{date}` `{time}` `{zone}`.
admin-required-from = MFA ist verpflichtend ab dem { $date }, { $time } { $zone }.
admin-not-required = MFA ist nicht verpflichtend: Mitglieder können sie einrichten, wenn sie möchten.
admin-require-mfa = MFA vorschreiben
admin-deadline = Stichtag
# `{zone}`.
admin-deadline-hint = Der erste Tag, an dem Mitglieder MFA verwenden müssen, in Ihrer Zeitzone ({ $zone }). Beim Speichern erhält jedes aktive Mitglied eine E-Mail.
admin-reprompt = Häufigkeit der erneuten Abfrage
# The policy's switch for payment users' passkey sign-in, and its hint.
admin-payment-passkeys = Zahlern und Administratoren von Zahlungsempfängern die Anmeldung allein mit einem Passkey erlauben
admin-payment-passkeys-hint = Aus: Sie geben ihr Passwort und dann ihren zweiten Faktor ein. Ein Passkey mit PIN, Fingerabdruck oder Gesichtserkennung zählt als beides.
admin-reprompt-every = Bei jeder Anmeldung
admin-reprompt-12h = Alle 12 Stunden
admin-reprompt-7d = Alle 7 Tage
admin-reprompt-30d = Alle 30 Tage
admin-save = Speichern
admin-needs-factor = Richten Sie die Zwei-Faktor-Authentifizierung für Ihr eigenes Konto ein, bevor Sie die Sicherheitseinstellungen Ihres Unternehmens ändern.
admin-confirm-intro = Geben Sie Ihr Passwort und einen Code aus Ihrer Authentifizierungsmethode ein, um diese Einstellungen zu ändern.
admin-reset-title = MFA für Benutzer zurücksetzen
admin-reset-intro = Für ein Mitglied, das alle Geräte und seinen Wiederherstellungscode verloren hat: Seine Methoden und sein Wiederherstellungscode werden entfernt, es wird überall abgemeldet und per E-Mail benachrichtigt und richtet MFA bei der nächsten Anmeldung neu ein. Ihre eigene MFA können Sie nicht zurücksetzen: Wenden Sie sich an einen anderen Administrator.
admin-reset-email = Anmelde-E-Mail-Adresse des Benutzers (exakt)
admin-reset-verified = Ich habe die Anfrage des Benutzers zum Zurücksetzen der MFA überprüft
admin-reset-submit = MFA zurücksetzen
admin-members = Mitglieder
admin-members-table = Mitgliedertabelle
admin-members-filter = Mitglieder anzeigen
admin-filter-all = Alle Mitglieder
admin-filter-unenrolled = MFA noch nicht eingerichtet
# `{n}` of `{total}`.
admin-unenrolled-count = { $n ->
        [one] { $n } von { $total } aktiven Mitgliedern hat MFA noch nicht eingerichtet.
       *[other] { $n } von { $total } aktiven Mitgliedern haben MFA noch nicht eingerichtet.
    }
admin-col-name = Name
admin-col-email = E-Mail-Adresse
admin-col-status = Status
admin-col-methods = Methoden
admin-col-last-mfa = Letzte MFA-Anmeldung
admin-col-actions = Aktionen
admin-active = Aktiv
admin-inactive = Inaktiv
# Added, not accepted yet.
admin-invited = Eingeladen
admin-admin-badge = Admin
admin-no-methods = Keine
admin-never = Nie
admin-deactivate = Deaktivieren
admin-reactivate = Reaktivieren
admin-no-members = Keine passenden Mitglieder.
admin-log = Sicherheitsprotokoll
admin-no-log = Noch keine Sicherheitsereignisse.
admin-newer = Neuere Ereignisse
admin-older = Ältere Ereignisse
admin-ev-policy-changed = MFA-Richtlinie geändert
admin-ev-mfa-reset = MFA zurückgesetzt
admin-ev-member-activated = Mitglied reaktiviert
admin-ev-member-deactivated = Mitglied deaktiviert
# `{name}`.
admin-by = von { $name }
admin-notice-policy-saved = Die MFA-Richtlinie wurde gespeichert.
admin-notice-mfa-reset = MFA wurde zurückgesetzt. Der Benutzer wurde überall abgemeldet und per E-Mail benachrichtigt.
admin-notice-member-saved = Der Status des Mitglieds wurde gespeichert.
admin-err-forbidden = Nur ein Administrator Ihres Unternehmens kann dies tun.
admin-err-not-available = MFA ist für Ihr Unternehmen noch nicht verfügbar: Bitten Sie Ihren Ansprechpartner, sie freizuschalten.
admin-err-needs-factor = Richten Sie zuerst die Zwei-Faktor-Authentifizierung für Ihr eigenes Konto ein.
admin-err-deadline-empty = Wählen Sie den Stichtag.
admin-err-deadline-invalid = Geben Sie den Stichtag als Datum ein, zum Beispiel 2027-01-15.
admin-err-deadline-past = Der Stichtag darf nicht in der Vergangenheit liegen: Wählen Sie heute oder einen späteren Tag.
admin-err-not-verified = Setzen Sie das Häkchen, um zu bestätigen, dass Sie die Anfrage des Benutzers überprüft haben.
admin-err-member-not-found = Kein aktives Mitglied Ihres Unternehmens meldet sich mit dieser E-Mail-Adresse an. Überprüfen Sie sie Buchstabe für Buchstabe.
admin-err-reset-self = Sie können Ihre eigene MFA nicht zurücksetzen: Wenden Sie sich an einen anderen Administrator Ihres Unternehmens.
admin-err-nothing-to-reset = Für diesen Benutzer ist keine MFA eingerichtet, die zurückgesetzt werden könnte.
admin-err-last-admin = Sie sind der letzte aktive Administrator des Unternehmens: Ernennen Sie zuerst eine andere Person zum Administrator.
admin-err-already-member = Diese Adresse ist bereits Mitglied Ihres Unternehmens oder wurde bereits eingeladen.
# `{n}` characters at most.
admin-err-member-name = Geben Sie einen Namen mit höchstens { $n } Zeichen ein.
admin-add-title = Mitglied hinzufügen
admin-add-intro = Die Adresse erhält per E-Mail eine Einladung in Ihr Unternehmen: mit einem Link, um ein Passwort festzulegen, falls noch kein Konto besteht, oder um die Einladung anzunehmen, falls bereits eines besteht. Bis die Person annimmt, wird sie als „Eingeladen“ angezeigt, und die Einstellungen Ihres Unternehmens gelten nicht für sie.
admin-add-email = E-Mail-Adresse
admin-add-name = Name
admin-add-submit = Mitglied hinzufügen
admin-notice-member-added = Die Einladung wurde gesendet. Das Mitglied wird als „Eingeladen“ angezeigt, bis es annimmt.
admin-ev-member-added = Mitglied eingeladen
admin-ev-member-joined = Dem Unternehmen beigetreten
admin-ev-invitation-declined = Einladung abgelehnt
# The members table's column: how each member signs in.
admin-col-sign-in = Anmeldung
admin-sign-in-sso = SSO
admin-sign-in-password = Passwort
# **Reset MFA for Users**, when members sign in with SSO.
admin-reset-sso-note = Mitglieder, die sich über SSO anmelden, erhalten die Zwei-Faktor-Authentifizierung von Ihrem Identitätsanbieter: Setzen Sie sie dort zurück, nicht hier. Eine Ausnahme bilden Benutzer mit Zahlungsfunktionen: Sie verwenden MFA zusätzlich auch hier.
sso-tab-tab = SSO
sso-tab-intro = Mit Single Sign-On (SSO) melden sich Ihre Mitglieder über den Identitätsanbieter Ihres Unternehmens an (OpenID Connect). Der Identitätsanbieter übernimmt dann ihre Zwei-Faktor-Authentifizierung, außer bei Benutzern mit Zahlungsfunktionen, die ihre Identität zusätzlich hier bestätigen.
sso-tab-confirm-intro = Geben Sie Ihr Passwort und, falls vorhanden, einen Code aus Ihrer Authentifizierungsmethode ein, um die SSO-Einstellungen Ihres Unternehmens zu ändern.
sso-tab-status-on = SSO ist aktiviert: Mitglieder auf Ihren nachgewiesenen Domains melden sich über Ihren Identitätsanbieter an.
sso-tab-status-off = SSO ist deaktiviert: Mitglieder melden sich mit ihrem Passwort an.
sso-tab-status-tested = Eine Testanmeldung mit den gespeicherten Einstellungen war erfolgreich.
sso-tab-status-untested = Mit den gespeicherten Einstellungen war noch keine Testanmeldung erfolgreich.
sso-tab-provider-title = Identitätsanbieter
sso-tab-no-provider = Es ist noch kein Identitätsanbieter gespeichert.
sso-tab-issuer = Aussteller-URL
sso-tab-issuer-hint = Die https://-Adresse Ihres Identitätsanbieters, genau so, wie sie in seinem Discovery-Dokument angegeben ist.
sso-tab-client-id = Client-ID
sso-tab-client-secret = Client-Secret
sso-tab-secret-hint = Aus den Einstellungen Ihres Identitätsanbieters für diese Anwendung.
sso-tab-secret-saved = Ein Client-Secret ist gespeichert; es wird nie angezeigt. Lassen Sie dieses Feld leer, um es beizubehalten (bei gleichem Aussteller und gleicher Client-ID), oder geben Sie ein neues ein.
sso-tab-save-note = Beim Speichern wird zuerst das Discovery-Dokument des Ausstellers geprüft. Neue Anbietereinstellungen deaktivieren SSO, bis damit eine Testanmeldung erfolgreich war.
sso-tab-save = Speichern
sso-tab-callback = Callback-URL
sso-tab-callback-hint = Registrieren Sie diese Adresse bei Ihrem Identitätsanbieter als Umleitungs-URI der Anwendung.
sso-tab-domains-title = Domains
sso-tab-domains-intro = Sobald SSO aktiviert ist, melden sich Mitglieder, deren E-Mail-Adresse auf einer nachgewiesenen Domain liegt, über Ihren Identitätsanbieter an. Eine beanspruchte Domain leitet niemanden weiter, bis sie nachgewiesen ist.
sso-tab-domains-list = Beanspruchte Domains
sso-tab-no-domains = Noch keine Domain beansprucht.
sso-tab-proven = Nachgewiesen
sso-tab-waiting = Nachweis ausstehend
# How a waiting domain is proven by DNS (its TXT record follows).
sso-tab-txt-intro = Veröffentlichen Sie zum Nachweis diesen TXT-Eintrag im DNS der Domain und wählen Sie dann „DNS prüfen“.
sso-tab-txt-name = Name
sso-tab-txt-value = Wert
sso-tab-check-dns = DNS prüfen
# How the operator proves a domain (their command follows).
sso-tab-prove-how = Wenn Sie keinen Zugriff auf das DNS der Domain haben, wenden Sie sich an Ihren Ansprechpartner: Der Betreiber dieses Dienstes weist eine Domain mit diesem Befehl nach.
# In the operator's command, where the domain goes.
sso-tab-domain-placeholder = <domain>
sso-tab-domain = Domain
sso-tab-domain-hint = Der Teil der E-Mail-Adressen Ihrer Mitglieder nach dem @, zum Beispiel example.com.
sso-tab-claim = Domain beanspruchen
sso-tab-remove = Entfernen
sso-tab-test-title = Testanmeldung
sso-tab-test-intro = Melden Sie sich bei Ihrem Identitätsanbieter mit einem Konto auf einer nachgewiesenen Domain an. Dabei wird hier niemand angemeldet: Es wird geprüft, ob der Anbieter und die gespeicherten Einstellungen zusammenarbeiten, und Sie kehren mit dem Ergebnis auf diese Seite zurück.
sso-tab-test-submit = Testanmeldung starten
sso-tab-switches-title = Anmeldung mit SSO
sso-tab-switches-note = SSO lässt sich erst aktivieren, wenn eine Testanmeldung mit den gespeicherten Einstellungen erfolgreich war und eine Domain nachgewiesen ist. Das Speichern neuer Anbietereinstellungen deaktiviert SSO, bis erneut eine Testanmeldung erfolgreich ist.
sso-tab-enabled = Mitglieder über SSO anmelden
sso-tab-create-accounts = Konten bei der ersten Anmeldung erstellen
sso-tab-create-accounts-hint = Aus: Nur Personen, die hier bereits ein Konto haben, können sich über SSO anmelden. Ein: Jede Person, die Ihr Identitätsanbieter auf einer nachgewiesenen Domain anmeldet, erhält ein Konto und tritt Ihrem Unternehmen bei.
sso-tab-save-switches = Speichern
sso-tab-notice-saved = Der Identitätsanbieter wurde gespeichert. SSO bleibt deaktiviert, bis eine Testanmeldung mit diesen Einstellungen erfolgreich ist.
sso-tab-notice-domain-claimed = Die Domain wurde beansprucht. Sie leitet niemanden weiter, bis sie nachgewiesen ist.
sso-tab-notice-domain-removed = Die Domain wurde entfernt: Adressen dieser Domain melden sich nicht mehr über Ihren Identitätsanbieter an.
sso-tab-notice-domain-proven = Die Domain ist nachgewiesen.
sso-tab-notice-switches-saved = Die SSO-Einstellungen wurden gespeichert.
# The security log; `{detail}`: the issuer, domain or email.
sso-tab-ev-saved = Identitätsanbieter gespeichert: { $detail }
sso-tab-ev-on = SSO aktiviert
sso-tab-ev-off = SSO deaktiviert
sso-tab-ev-create-on = Kontoerstellung bei der ersten SSO-Anmeldung aktiviert
sso-tab-ev-create-off = Kontoerstellung bei der ersten SSO-Anmeldung deaktiviert
sso-tab-ev-test-passed = Testanmeldung erfolgreich: { $detail }
# `{reason}`: one of `test_reasons`.
sso-tab-ev-test-failed = Testanmeldung fehlgeschlagen: { $reason }
# Why a Test Sign-In failed, in the order of `SsoFailure::ALL`.
sso-tab-test-reasons-0 = beim Anbieter abgebrochen
sso-tab-test-reasons-1 = abgelaufen
sso-tab-test-reasons-2 = Anbieter nicht verfügbar
sso-tab-test-reasons-3 = ID-Token abgelehnt
sso-tab-test-reasons-4 = E-Mail-Adresse vom Anbieter nicht verifiziert
sso-tab-test-reasons-5 = E-Mail-Adresse nicht auf einer beanspruchten Domain
sso-tab-test-reasons-6 = kein Konto
sso-tab-test-reasons-7 = kein Zugang
sso-tab-ev-domain-claimed = Domain beansprucht: { $detail }
sso-tab-ev-domain-proven = Domain nachgewiesen: { $detail }
sso-tab-ev-domain-removed = Domain entfernt: { $detail }
invitation-title = Einladung in ein Unternehmen
# `{company}`.
invitation-intro = { $company } hat Ihr Konto eingeladen, dem Unternehmen beizutreten. Als Mitglied gelten für Sie die Sicherheitsregeln des Unternehmens, etwa die Zwei-Faktor-Authentifizierung, und seine Administratoren können Ihre MFA zurücksetzen, wenn Sie Ihre Geräte verlieren.
invitation-accept = Einladung annehmen
invitation-decline = Ablehnen
invitation-sign-in-first = Melden Sie sich mit dem Konto an, an das diese Einladung gesendet wurde, und öffnen Sie dann den Link in der E-Mail erneut.
invitation-other-account = Sie sind mit einem anderen Konto angemeldet. Melden Sie sich ab, melden Sie sich mit dem Konto an, an das diese Einladung gesendet wurde, und öffnen Sie dann den Link in der E-Mail erneut.
invitation-notice-accepted = Sie sind dem Unternehmen beigetreten.
invitation-notice-declined = Sie haben die Einladung abgelehnt.
invitation-err-not-yours = Diese Einladung wurde an ein anderes Konto gesendet: Melden Sie sich mit diesem Konto an, um sie zu beantworten.
invitation-invalid = Diese Einladung ist abgelaufen oder wurde bereits beantwortet. Um dem Unternehmen beizutreten, bitten Sie einen seiner Administratoren um eine neue Einladung.
