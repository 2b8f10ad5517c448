## Die E-Mails, die Trestle sendet, die SMS mit einem Code und die Seite
## des Demo-Postausgangs (/dev/outbox).

email-greeting = Hallo { $name },
email-signature = — { $product }
email-not-you = Falls Sie das nicht waren, ändern Sie jetzt Ihr Passwort und wenden Sie sich an den Administrator Ihres Unternehmens, der die Zwei-Faktor-Authentifizierung Ihres Kontos zurücksetzen kann.
email-nothing-else = Falls Sie das waren, müssen Sie nichts weiter tun.
email-not-me-button = Das war ich nicht: überall abmelden
email-link-line = { $label }: { $url }
email-date-at-time = { $date } um { $time }

email-app-added-subject = Ihrem Konto wurde eine Authentifizierungs-App hinzugefügt
email-app-added-1 = Eine Authentifizierungs-App namens „{ $app }“ wurde am { $when } zu Ihrem { $product }-Konto hinzugefügt. Ab sofort wird bei der Anmeldung ein Code aus dieser App abgefragt.

email-phone-added-subject = Ihrem Konto wurde eine Telefonnummer hinzugefügt
email-phone-added-1 = Die Telefonnummer { $app } wurde am { $when } zu Ihrem { $product }-Konto hinzugefügt. Ab sofort kann bei der Anmeldung ein Bestätigungscode per SMS an diese Nummer gesendet werden.

email-passkey-added-subject = Ihrem Konto wurde ein Passkey hinzugefügt
email-passkey-added-1 = Ein Passkey namens „{ $app }“ wurde am { $when } zu Ihrem { $product }-Konto hinzugefügt. Ab sofort kann er bei der Anmeldung bestätigen, dass Sie es sind.

email-passkey-cloned-subject = Eine Anmeldung mit einer Kopie Ihres Passkeys wurde abgelehnt
email-passkey-cloned-1 = Am { $when } hat jemand versucht, sich mit einem Ihrer Passkeys bei Ihrem { $product }-Konto anzumelden, doch der Zähler des Passkeys ist zurückgegangen, wie es bei einer Kopie der Fall wäre. Die Anmeldung wurde abgelehnt.
email-passkey-cloned-2 = Falls Sie sich nicht gerade angemeldet haben, entfernen Sie diesen Passkey in Ihren Profileinstellungen und fügen Sie ihn erneut hinzu.

email-recovery-used-subject = Mit Ihrem Wiederherstellungscode wurde eine Anmeldung durchgeführt
email-recovery-used-1 = Am { $when } wurde Ihr Wiederherstellungscode verwendet, um sich bei Ihrem { $product }-Konto anzumelden. Dieser Code funktioniert nicht mehr: Bei der Anmeldung wurde ein neuer angezeigt.
email-recovery-used-2 = Falls Sie das waren, richten Sie die Zwei-Faktor-Authentifizierung in Ihren Profileinstellungen auf Ihrem neuen Gerät ein.

email-factor-removed-subject = Eine Anmeldemethode wurde aus Ihrem Konto entfernt
email-factor-removed-1 = Die Methode „{ $app }“ wurde am { $when } aus den Zwei-Faktor-Methoden Ihres { $product }-Kontos entfernt. Alle anderen Browser, in denen Ihr Konto angemeldet war, wurden abgemeldet.

email-recovery-renewed-subject = Sie haben einen neuen Wiederherstellungscode
email-recovery-renewed-1 = Am { $when } wurde ein neuer Wiederherstellungscode für Ihr { $product }-Konto erstellt. Ihr bisheriger Code funktioniert nicht mehr.
email-recovery-renewed-2 = Falls Sie das waren, bewahren Sie den neuen Code an einem sicheren Ort auf.

email-password-changed-subject = Ihr Passwort wurde geändert
email-password-changed-1 = Das Passwort Ihres { $product }-Kontos wurde am { $when } geändert. Alle anderen Browser, in denen Ihr Konto angemeldet war, wurden abgemeldet.

email-password-reset-subject = Ihr Passwort wurde zurückgesetzt
email-password-reset-1 = Das Passwort Ihres { $product }-Kontos wurde am { $when } über einen Link zurückgesetzt, der an diese Adresse gesendet wurde. Alle Browser, in denen Ihr Konto angemeldet war, wurden abgemeldet. Die Zwei-Faktor-Authentifizierung bleibt unverändert.

email-reset-link-subject = Setzen Sie Ihr Passwort zurück
email-reset-link-1 = Am { $when } wurde angefordert, das Passwort Ihres { $product }-Kontos zurückzusetzen. Der Link unten funktioniert einmal, { $minutes ->
        [one] { $minutes } Minute lang.
       *[other] { $minutes } Minuten lang.
    }
email-reset-link-2 = Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.
email-reset-link-button = Passwort zurücksetzen

email-mfa-required-subject = { $company } verlangt ab dem { $date } die Zwei-Faktor-Authentifizierung
email-mfa-required-1 = { $company } verlangt ab dem { $date } (Zeitzone { $zone }) die Multi-Faktor-Authentifizierung (MFA) für die Anmeldung bei { $product }, um die Projekte und Zahlungen Ihres Unternehmens zu schützen.
email-mfa-required-2 = Richten Sie sie jetzt ein, damit es an diesem Tag zu keiner Unterbrechung kommt: Melden Sie sich an, öffnen Sie „Meine Profileinstellungen“, dann „Passwort und Sicherheit“, und fügen Sie eine Authentifizierungs-App oder eine Telefonnummer hinzu. Wenn Sie sie bis zum { $date } nicht eingerichtet haben, führt Sie die Anmeldung durch die Einrichtung.
email-mfa-setup-button = Zwei-Faktor-Authentifizierung einrichten

email-mfa-reminder-subject = Richten Sie die Zwei-Faktor-Authentifizierung ein: erforderlich in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }
email-mfa-reminder-1 = { $company } verlangt ab dem { $date } (Zeitzone { $zone }), also in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }, die Multi-Faktor-Authentifizierung (MFA) für die Anmeldung bei { $product }, und Ihr Konto hat sie noch nicht.
email-mfa-reminder-2 = Richten Sie sie jetzt ein, damit es zu keiner Unterbrechung kommt: Melden Sie sich an, öffnen Sie „Meine Profileinstellungen“, dann „Passwort und Sicherheit“, und fügen Sie eine Authentifizierungs-App oder eine Telefonnummer hinzu.

email-mfa-reset-subject = Ihre Zwei-Faktor-Authentifizierung wurde zurückgesetzt
email-mfa-reset-1 = Ein Administrator von { $company } hat am { $when } auf Ihre Anfrage die Zwei-Faktor-Authentifizierung Ihres { $product }-Kontos zurückgesetzt: Ihre Authentifizierungs-Apps, Telefonnummern und Ihr Wiederherstellungscode funktionieren nicht mehr, und alle Browser, in denen Ihr Konto angemeldet war, wurden abgemeldet.
email-mfa-reset-2 = Bei Ihrer nächsten Anmeldung richten Sie die Zwei-Faktor-Authentifizierung erneut ein.

email-account-created-subject = { $company } hat Sie zu { $product } eingeladen
email-account-created-1 = Ein Administrator von { $company } hat für diese Adresse ein { $product }-Konto erstellt.
email-account-created-2 = Wählen Sie Ihr Passwort über den Link unten: Er funktioniert einmal, { $days ->
        [one] { $days } Tag lang.
       *[other] { $days } Tage lang.
    } Falls Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie.
email-account-created-button = Passwort wählen

email-invitation-subject = { $company } hat Sie eingeladen, dem Unternehmen auf { $product } beizutreten
email-invitation-1 = Ein Administrator von { $company } hat Ihr { $product }-Konto eingeladen, dem Unternehmen beizutreten.
email-invitation-2 = Öffnen Sie den Link unten und melden Sie sich an, um anzunehmen oder abzulehnen: Er funktioniert einmal, { $days ->
        [one] { $days } Tag lang.
       *[other] { $days } Tage lang.
    } Bis Sie annehmen, hat { $company } keinen Einfluss auf Ihr Konto, und seine Regeln gelten nicht für Sie. Falls Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie.
email-invitation-button = Einladung ansehen

sms-code-text = Ihr { $product }-Bestätigungscode lautet { $code }. Er läuft in { $minutes ->
        [one] { $minutes } Minute ab.
       *[other] { $minutes } Minuten ab.
    } Geben Sie ihn niemals weiter: { $product } wird Sie nie danach fragen.

outbox-title = Postausgang · { $product }
outbox-heading = Postausgang
outbox-intro = Demo-Modus: die E-Mails und SMS, die { $product } gesendet hat oder senden wird, die neuesten zuerst, mit ihrem Status.
outbox-as-json = Als JSON:
outbox-empty = Noch nichts gesendet.
outbox-sms = SMS
outbox-email-to = E-Mail an
outbox-sms-to = SMS an
outbox-unavailable = Der Postausgang ist nicht verfügbar.
outbox-state-pending = Wartet auf Versand
outbox-state-sent = Gesendet
outbox-state-failed = Nicht gesendet
outbox-tries = { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuche
    }
outbox-state-with-tries = { $state } · { $tries }
outbox-last-error = Letzter Fehler: { $error }
