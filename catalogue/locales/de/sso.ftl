sso-continue-title = Mit Ihrem Unternehmen fortfahren
# `{company}`.
sso-continue-body = { $company } meldet Sie über einen eigenen Identitätsanbieter an. Sie werden jetzt dorthin weitergeleitet …
# `{company}`.
sso-continue-button = Weiter zur Anmeldung bei { $company }
sso-continue-expired = Diese Anmeldung ist abgelaufen. Geben Sie Ihre E-Mail-Adresse erneut ein, um von vorn zu beginnen.
sso-cancelled = Die Anmeldung über Ihr Unternehmen wurde abgebrochen. Geben Sie Ihre E-Mail-Adresse ein, um es erneut zu versuchen.
sso-expired = Diese Anmeldung war abgelaufen oder wurde bereits verwendet. Geben Sie Ihre E-Mail-Adresse ein, um von vorn zu beginnen.
sso-unavailable = Die Anmeldung über Ihr Unternehmen ist derzeit nicht verfügbar. Versuchen Sie es in einigen Minuten erneut oder wenden Sie sich an den Administrator Ihres Unternehmens.
sso-rejected = Die Anmeldung über Ihr Unternehmen hat eine Antwort geliefert, die wir nicht überprüfen konnten, daher wurden Sie nicht angemeldet. Versuchen Sie es erneut oder wenden Sie sich an den Administrator Ihres Unternehmens.
sso-unverified = Der Identitätsanbieter Ihres Unternehmens hat Ihre E-Mail-Adresse nicht verifiziert. Wenden Sie sich an den Administrator Ihres Unternehmens.
sso-wrong-domain = Der Identitätsanbieter Ihres Unternehmens hat Sie mit einer E-Mail-Adresse angemeldet, deren Domain Ihr Unternehmen hier nicht beansprucht hat. Wenden Sie sich an den Administrator Ihres Unternehmens.
sso-no-account = Sie haben hier noch kein Konto. Bitten Sie den Administrator Ihres Unternehmens, Sie hinzuzufügen.
sso-no-access = Ihr Zugang zu diesem Unternehmen wurde deaktiviert. Wenden Sie sich an den Administrator Ihres Unternehmens.
sso-test-passed = Die Testanmeldung war erfolgreich: Der Identitätsanbieter hat eine Person auf einer beanspruchten Domain angemeldet. Sie können SSO jetzt für Ihre Mitglieder aktivieren.
# An admin's failed Test Sign-In, by its reason.
sso-test-cancelled = Die Testanmeldung ist fehlgeschlagen: Sie wurde beim Identitätsanbieter abgebrochen.
sso-test-expired = Die Testanmeldung ist fehlgeschlagen: Sie war abgelaufen oder wurde bereits verwendet. Versuchen Sie es erneut.
sso-test-unavailable = Die Testanmeldung ist fehlgeschlagen: Der Identitätsanbieter hat nicht rechtzeitig geantwortet, oder die gespeicherten Einstellungen wurden inzwischen geändert. Überprüfen Sie die Aussteller-URL und versuchen Sie es erneut.
sso-test-rejected = Die Testanmeldung ist fehlgeschlagen: Das ID-Token hat eine Prüfung nicht bestanden (Signatur, Aussteller, Zielgruppe, Ablauf oder Nonce), oder der Anbieter hat Client-ID und Client-Secret abgelehnt. Überprüfen Sie diese beim Anbieter.
sso-test-unverified = Die Testanmeldung ist fehlgeschlagen: Der Identitätsanbieter hat nicht angegeben, dass die E-Mail-Adresse verifiziert ist.
sso-test-wrong-domain = Die Testanmeldung ist fehlgeschlagen: Der Identitätsanbieter hat eine E-Mail-Adresse auf einer Domain angemeldet, die Ihr Unternehmen nicht nachgewiesen hat. Melden Sie sich als Person mit einer E-Mail-Adresse auf einer nachgewiesenen Domain an.
sso-err-required = Ihr Unternehmen meldet Sie über einen eigenen Identitätsanbieter an. Geben Sie auf der Anmeldeseite Ihre E-Mail-Adresse ein, um dort fortzufahren.
# The way on from a password refused for an SSO account.
sso-sign-in-with-company = Über Ihr Unternehmen anmelden
sso-err-managed = Der Identitätsanbieter Ihres Unternehmens übernimmt die Zwei-Faktor-Authentifizierung für Ihr Konto.
sso-err-domain-invalid = Geben Sie einen Domainnamen ein, z. B. example.com.
sso-err-domain-taken = Ein anderes Unternehmen hat diese Domain bereits nachgewiesen.
sso-err-domain-not-proven = Wir konnten den TXT-Eintrag für diese Domain noch nicht finden. DNS-Änderungen können eine Weile dauern: Versuchen Sie es später erneut.
sso-err-issuer-unreachable = Das Discovery-Dokument des Ausstellers war nicht rechtzeitig erreichbar. Überprüfen Sie die Aussteller-URL.
sso-err-issuer-unsuitable = Dieser Aussteller bietet nicht, was die Anmeldung benötigt: Der Aussteller in seinem Discovery-Dokument muss übereinstimmen, und der Autorisierungscode-Flow mit PKCE (S256) muss unterstützt werden.
sso-err-issuer-url = Geben Sie die https://-URL des Ausstellers ein.
sso-err-not-ready = Speichern Sie zuerst den Identitätsanbieter mit Client-ID und Client-Secret, weisen Sie eine Domain nach und führen Sie erfolgreich eine Testanmeldung durch.
sso-err-client-settings = Geben Sie die Client-ID (bis zu 255 Zeichen) und das Client-Secret ein, die Ihr Identitätsanbieter für diese Anwendung vergeben hat. Ein gespeichertes Secret bleibt nur erhalten, solange Aussteller und Client-ID gleich bleiben.
# The profile of an SSO user: `{company}`.
sso-profile-managed = Sie melden sich über den Identitätsanbieter von { $company } an, der die Zwei-Faktor-Authentifizierung für Sie übernimmt.
