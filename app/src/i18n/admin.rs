//! **Security Settings** → **MFA**, for company admins: its words in each
//! language.

catalogue::words! {
    pub struct AdminTexts in "admin-" {
        words {
            settings,
            sections,
            tab_mfa,
            on_request,
            policy,
            not_required,
            require_mfa,
            deadline,
            reprompt,
            /// The policy's switch for payment users' passkey sign-in, and its hint.
            payment_passkeys,
            payment_passkeys_hint,
            reprompt_every,
            reprompt_12h,
            reprompt_7d,
            reprompt_30d,
            save,
            needs_factor,
            confirm_intro,
            reset_title,
            reset_intro,
            reset_email,
            reset_verified,
            reset_submit,
            members,
            members_table,
            members_filter,
            filter_all,
            filter_unenrolled,
            col_name,
            col_email,
            col_status,
            col_methods,
            col_last_mfa,
            col_actions,
            active,
            inactive,
            /// Added, not accepted yet.
            invited,
            admin_badge,
            no_methods,
            never,
            deactivate,
            reactivate,
            no_members,
            log,
            no_log,
            newer,
            older,
            ev_policy_changed,
            ev_mfa_reset,
            ev_member_activated,
            ev_member_deactivated,
            notice_policy_saved,
            notice_mfa_reset,
            notice_member_saved,
            err_forbidden,
            err_not_available,
            err_needs_factor,
            err_deadline_empty,
            err_deadline_invalid,
            err_deadline_past,
            err_not_verified,
            err_member_not_found,
            err_reset_self,
            err_nothing_to_reset,
            err_last_admin,
            err_already_member,
            add_title,
            add_intro,
            add_email,
            add_name,
            add_submit,
            notice_member_added,
            ev_member_added,
            ev_member_joined,
            ev_invitation_declined,
            /// The members table's column: how each member signs in.
            col_sign_in,
            sign_in_sso,
            sign_in_password,
            /// **Reset MFA for Users**, when members sign in with SSO.
            reset_sso_note,
        }
        messages {
            company,
            /// `{date}` `{time}` `{zone}`.
            required_from,
            /// `{zone}`.
            deadline_hint,
            /// `{n}` of `{total}`.
            unenrolled_count,
            /// `{name}`.
            by,
            /// `{n}` characters at most.
            err_member_name,
        }
        lists {}
        parts {
            /// The **SSO** tab.
            sso: SsoTabTexts,
        }
    }
}

catalogue::words! {
    /// **Security Settings** → **SSO**: the company's identity provider, its
    /// domains, **Test Sign-In** and the switches.
    pub struct SsoTabTexts in "sso-tab-" {
        words {
            tab,
            intro,
            confirm_intro,
            status_on,
            status_off,
            status_tested,
            status_untested,
            provider_title,
            no_provider,
            issuer,
            issuer_hint,
            client_id,
            client_secret,
            secret_hint,
            secret_saved,
            save_note,
            save,
            callback,
            callback_hint,
            domains_title,
            domains_intro,
            domains_list,
            no_domains,
            proven,
            waiting,
            /// How a waiting domain is proven by DNS (its TXT record follows).
            txt_intro,
            txt_name,
            txt_value,
            check_dns,
            /// How the operator proves a domain (their command follows).
            prove_how,
            /// In the operator's command, where the domain goes.
            domain_placeholder,
            domain,
            domain_hint,
            claim,
            remove,
            test_title,
            test_intro,
            test_submit,
            switches_title,
            switches_note,
            enabled,
            create_accounts,
            create_accounts_hint,
            save_switches,
            notice_saved,
            notice_domain_claimed,
            notice_domain_removed,
            notice_domain_proven,
            notice_switches_saved,
            ev_on,
            ev_off,
            ev_create_on,
            ev_create_off,
        }
        messages {
            /// The security log; `{detail}`: the issuer, domain or email.
            ev_saved,
            ev_test_passed,
            /// `{reason}`: one of `test_reasons`.
            ev_test_failed,
            ev_domain_claimed,
            ev_domain_proven,
            ev_domain_removed,
        }
        lists {
            /// Why a Test Sign-In failed, in the order of `SsoFailure::ALL`.
            test_reasons: 8,
        }
        parts {}
    }
}

impl SsoTabTexts {
    /// A failed Test Sign-In's reason, in a few words.
    pub fn reason(&self, failure: domain::sso::SsoFailure) -> &'static str {
        let at = domain::sso::SsoFailure::ALL
            .iter()
            .position(|f| *f == failure)
            .unwrap_or(0);
        self.test_reasons[at]
    }
}

catalogue::words! {
    /// The page a company's invitation link opens.
    pub struct InvitationTexts in "invitation-" {
        words {
            title,
            accept,
            decline,
            sign_in_first,
            other_account,
            notice_accepted,
            notice_declined,
            err_not_yours,
            invalid,
        }
        messages {
            /// `{company}`.
            intro,
        }
        lists {}
        parts {}
    }
}
