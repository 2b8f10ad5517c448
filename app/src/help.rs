//! The help centre under `/help`: one page per language, following the
//! structure of the support pages users know (Get Started, the admins'
//! and the users' set-up, payment users, the SMS countries, the FAQ).
//!
//! Its words are the catalogue's `help-*` messages (`help.ftl`), which name
//! screens and buttons through the screens' own messages; its numbers come
//! from `domain::limits` and the deployment's settings. The pages are plain
//! HTML on the site's stylesheet, with no script and no inline style, so
//! they read without JavaScript and pass the site's Content-Security-Policy.
//! The server renders each language once, at start-up ([`pages`]).
//!
//! Views link to a section with [`help_href`] and the [`anchors`].

use domain::language::Language;

/// Where the help centre lives: `/help` (the reader's language) and
/// `/help/{code}` (one language).
pub const HELP_PATH: &str = "/help";

/// The anchors of the help page's sections and questions.
pub mod anchors {
    pub const OVERVIEW: &str = "overview";
    pub const METHODS: &str = "methods";
    pub const CONSIDER: &str = "consider";
    pub const ENABLE_COMPANY: &str = "enable-company";
    pub const RESET_USER: &str = "reset-user";
    /// Set Up MFA with an Authenticator App.
    pub const APP: &str = "app";
    /// Entering the setup key by hand.
    pub const TROUBLE_SCANNING: &str = "trouble-scanning";
    pub const SMS: &str = "sms";
    pub const LOG_IN: &str = "log-in";
    pub const PAYORS: &str = "payors";
    pub const PAYEE_ADMINS: &str = "payee-admins";
    pub const COUNTRIES: &str = "countries";
    pub const FAQ: &str = "faq";
    pub const MORE_DEVICES: &str = "more-devices";
    pub const BEFORE_DEADLINE: &str = "before-deadline";
    pub const CLOCK: &str = "clock";
    pub const SMS_CAPABLE: &str = "sms-capable";
    pub const HOW_OFTEN: &str = "how-often";
    pub const LOST_DEVICE: &str = "lost-device";
    pub const WHAT_IS_MFA: &str = "what-is-mfa";
    pub const WHO_IS_AFFECTED: &str = "who-is-affected";
    pub const PAYMENTS: &str = "payments";

    /// The FAQ's questions, in the page's order.
    pub const QUESTIONS: [&str; 9] = [
        MORE_DEVICES,
        BEFORE_DEADLINE,
        CLOCK,
        SMS_CAPABLE,
        HOW_OFTEN,
        LOST_DEVICE,
        WHAT_IS_MFA,
        WHO_IS_AFFECTED,
        PAYMENTS,
    ];

    /// Every anchor of the page.
    pub const ALL: [&str; 22] = [
        OVERVIEW,
        METHODS,
        CONSIDER,
        ENABLE_COMPANY,
        RESET_USER,
        APP,
        TROUBLE_SCANNING,
        SMS,
        LOG_IN,
        PAYORS,
        PAYEE_ADMINS,
        COUNTRIES,
        FAQ,
        MORE_DEVICES,
        BEFORE_DEADLINE,
        CLOCK,
        SMS_CAPABLE,
        HOW_OFTEN,
        LOST_DEVICE,
        WHAT_IS_MFA,
        WHO_IS_AFFECTED,
        PAYMENTS,
    ];
}

/// The help page in `language`, at `anchor` (`clock` or `#clock`; empty
/// for the top): `/help/fr#clock`.
pub fn help_href(language: Language, anchor: &str) -> String {
    match anchor.trim_start_matches('#') {
        "" => format!("{HELP_PATH}/{}", language.code()),
        anchor => format!("{HELP_PATH}/{}#{anchor}", language.code()),
    }
}

#[cfg(feature = "ssr")]
pub use page::{Settings, pages, render};

#[cfg(feature = "ssr")]
mod page {
    use super::anchors as a;
    use super::help_href;
    use catalogue::{Language, Value};
    use domain::limits::{self, Limit, Window};
    use domain::phone::Country;

    /// What the pages take from the deployment.
    #[derive(Clone, Debug)]
    pub struct Settings {
        /// The product's name (`TRESTLE_ISSUER`).
        pub product: String,
        /// The site's stylesheet, as the app's pages link it.
        pub stylesheet: String,
        /// How long a texted code works (`TRESTLE_SMS_CODE_MINUTES`).
        pub sms_code_minutes: u32,
        /// How long **Resend New Code** waits (`TRESTLE_SMS_RESEND_SECONDS`).
        pub sms_resend_seconds: i64,
    }

    /// A piece of a section; `&str`s are message ids.
    enum Block {
        P(&'static str),
        /// Numbered steps.
        Steps(&'static [&'static str]),
        List(&'static [&'static str]),
        /// A boxed remark.
        Notice(&'static str),
        /// A box headed by the catalogue's "Warning".
        Warning(&'static str),
        /// A box headed by the catalogue's "Important".
        Important(&'static str),
        /// A titled part of a section, with its own anchor.
        Part {
            anchor: &'static str,
            title: &'static str,
            blocks: &'static [Block],
        },
        /// The SMS countries' table.
        Countries,
    }

    struct Section {
        anchor: &'static str,
        title: &'static str,
        blocks: &'static [Block],
    }

    /// A group of sections under one heading (the seeds' menu).
    struct Group {
        anchor: &'static str,
        title: &'static str,
        blocks: &'static [Block],
        sections: &'static [Section],
    }

    use Block::*;

    const GROUPS: &[Group] = &[
        Group {
            anchor: "get-started",
            title: "help-get-started",
            blocks: &[],
            sections: &[
                Section {
                    anchor: a::OVERVIEW,
                    title: "help-overview",
                    blocks: &[
                        P("help-overview-what"),
                        P("help-overview-why"),
                        P("help-overview-who"),
                        P("help-overview-when"),
                    ],
                },
                Section {
                    anchor: a::METHODS,
                    title: "help-methods",
                    blocks: &[
                        P("help-methods-intro"),
                        List(&[
                            "help-methods-app",
                            "help-methods-sms",
                            "help-methods-passkey",
                            "help-methods-recovery",
                        ]),
                    ],
                },
                Section {
                    anchor: a::CONSIDER,
                    title: "help-consider",
                    blocks: &[List(&[
                        "help-consider-app",
                        "help-consider-clock",
                        "help-consider-recovery",
                        "help-consider-sms",
                        "help-consider-limits",
                        "help-consider-companies",
                        "help-consider-sso",
                        "help-consider-private",
                    ])],
                },
            ],
        },
        Group {
            anchor: "for-admins",
            title: "help-for-admins",
            blocks: &[],
            sections: &[
                Section {
                    anchor: a::ENABLE_COMPANY,
                    title: "help-enable-company",
                    blocks: &[
                        P("help-enable-intro"),
                        Notice("help-enable-available"),
                        Steps(&[
                            "help-enable-step-1",
                            "help-enable-step-2",
                            "help-enable-step-3",
                            "help-enable-step-4",
                            "help-enable-step-5",
                        ]),
                        P("help-enable-after"),
                    ],
                },
                Section {
                    anchor: a::RESET_USER,
                    title: "help-reset-user",
                    blocks: &[
                        P("help-reset-intro"),
                        Warning("help-reset-verify"),
                        Steps(&[
                            "help-reset-step-1",
                            "help-reset-step-2",
                            "help-reset-step-3",
                            "help-reset-step-4",
                        ]),
                        P("help-reset-limits"),
                    ],
                },
            ],
        },
        Group {
            anchor: "for-users",
            title: "help-for-users",
            blocks: &[],
            sections: &[
                Section {
                    anchor: a::APP,
                    title: "help-app",
                    blocks: &[
                        P("help-app-intro"),
                        Steps(&[
                            "help-app-step-1",
                            "help-app-step-2",
                            "help-app-step-3",
                            "help-app-step-4",
                            "help-app-step-5",
                            "help-app-step-6",
                            "help-app-step-7",
                            "help-app-step-8",
                        ]),
                        Warning("help-app-warning"),
                        Part {
                            anchor: a::TROUBLE_SCANNING,
                            title: "help-trouble-scanning",
                            blocks: &[P("help-trouble-phone"), P("help-trouble-key")],
                        },
                        P("help-app-later"),
                    ],
                },
                Section {
                    anchor: a::SMS,
                    title: "help-sms",
                    blocks: &[
                        P("help-sms-intro"),
                        Steps(&[
                            "help-sms-step-1",
                            "help-sms-step-2",
                            "help-sms-step-3",
                            "help-sms-step-4",
                            "help-sms-step-5",
                            "help-sms-step-6",
                        ]),
                        Notice("help-sms-resend"),
                        Important("help-sms-private"),
                    ],
                },
                Section {
                    anchor: a::LOG_IN,
                    title: "help-log-in",
                    blocks: &[
                        Steps(&["help-log-in-step-1", "help-log-in-step-2", "help-log-in-step-3"]),
                        P("help-log-in-other"),
                        P("help-log-in-recovery"),
                        P("help-log-in-passkey"),
                        P("help-log-in-sso"),
                    ],
                },
            ],
        },
        Group {
            anchor: "for-payments",
            title: "help-for-payments",
            blocks: &[],
            sections: &[
                Section {
                    anchor: a::PAYORS,
                    title: "help-payors",
                    blocks: &[
                        P("help-payors-why"),
                        P("help-payors-setup"),
                        P("help-payors-log-in"),
                    ],
                },
                Section {
                    anchor: a::PAYEE_ADMINS,
                    title: "help-payee-admins",
                    blocks: &[P("help-payee-why"), P("help-payee-setup"), P("help-payee-log-in")],
                },
            ],
        },
        Group {
            anchor: a::COUNTRIES,
            title: "help-countries",
            blocks: &[P("help-countries-intro"), Countries, P("help-countries-payments")],
            sections: &[],
        },
        Group {
            anchor: a::FAQ,
            title: "help-faq",
            blocks: &[],
            sections: &[
                Section {
                    anchor: a::MORE_DEVICES,
                    title: "help-faq-more-devices",
                    blocks: &[P("help-faq-more-devices-a"), P("help-faq-more-devices-b")],
                },
                Section {
                    anchor: a::BEFORE_DEADLINE,
                    title: "help-faq-before-deadline",
                    blocks: &[
                        P("help-faq-before-deadline-a"),
                        Steps(&[
                            "help-faq-before-deadline-step-1",
                            "help-faq-before-deadline-step-2",
                            "help-faq-before-deadline-step-3",
                            "help-faq-before-deadline-step-4",
                            "help-faq-before-deadline-step-5",
                            "help-faq-before-deadline-step-6",
                        ]),
                    ],
                },
                Section {
                    anchor: a::CLOCK,
                    title: "help-faq-clock",
                    blocks: &[
                        P("help-faq-clock-a"),
                        List(&["help-faq-clock-iphone", "help-faq-clock-android"]),
                        P("help-faq-clock-b"),
                    ],
                },
                Section {
                    anchor: a::SMS_CAPABLE,
                    title: "help-faq-sms-capable",
                    blocks: &[
                        P("help-faq-sms-capable-a"),
                        List(&[
                            "help-faq-sms-capable-plan",
                            "help-faq-sms-capable-test",
                            "help-faq-sms-capable-country",
                            "help-faq-sms-capable-blocked",
                        ]),
                        P("help-faq-sms-capable-b"),
                    ],
                },
                Section {
                    anchor: a::HOW_OFTEN,
                    title: "help-faq-how-often",
                    blocks: &[P("help-faq-how-often-a"), P("help-faq-how-often-b")],
                },
                Section {
                    anchor: a::LOST_DEVICE,
                    title: "help-faq-lost-device",
                    blocks: &[
                        P("help-faq-lost-device-a"),
                        P("help-faq-lost-device-b"),
                        P("help-faq-lost-device-c"),
                        P("help-faq-lost-device-d"),
                    ],
                },
                Section {
                    anchor: a::WHAT_IS_MFA,
                    title: "help-faq-what-is-mfa",
                    blocks: &[P("help-faq-what-is-mfa-a"), P("help-faq-what-is-mfa-b")],
                },
                Section {
                    anchor: a::WHO_IS_AFFECTED,
                    title: "help-faq-who-is-affected",
                    blocks: &[P("help-faq-who-is-affected-a"), P("help-faq-who-is-affected-b")],
                },
                Section {
                    anchor: a::PAYMENTS,
                    title: "help-faq-payments",
                    blocks: &[P("help-faq-payments-a"), P("help-faq-payments-b")],
                },
            ],
        },
    ];

    /// The page's own messages, outside the sections.
    #[cfg(test)]
    const PAGE_IDS: [&str; 7] = [
        "help-title",
        "help-intro",
        "help-skip",
        "help-languages",
        "help-contents",
        "help-back",
        "help-still-stuck",
    ];

    /// The windows of [`limits::CODES`] the help states: the shortest, and
    /// the hour ("or 20 within an hour").
    fn code_windows() -> (Window, Window) {
        let windows: &[Window] = match limits::CODES {
            Limit::Windows(windows) => windows,
            Limit::Backoff(_) => &[],
        };
        let fallback = Window { seconds: 300, max: 5 };
        let short = windows
            .iter()
            .min_by_key(|w| w.seconds)
            .copied()
            .unwrap_or(fallback);
        let hour = windows
            .iter()
            .find(|w| w.seconds == 3600)
            .copied()
            .unwrap_or(short);
        (short, hour)
    }

    /// Every variable of `help.ftl`, for every message.
    pub(super) fn variables(settings: &Settings) -> Vec<(&'static str, Value<'static>)> {
        let (short, hour) = code_windows();
        vec![
            ("product", Value::from(settings.product.clone())),
            ("apps", Value::from(limits::MAX_APPS_PER_USER)),
            ("phones", Value::from(limits::MAX_PHONES_PER_USER)),
            ("passkeys", Value::from(limits::MAX_PASSKEYS_PER_USER)),
            ("minutes", Value::from(settings.sms_code_minutes)),
            ("digits", Value::from(limits::VERIFICATION_DIGITS)),
            ("recovery-digits", Value::from(limits::RECOVERY_DIGITS)),
            ("period", Value::from(domain::totp::STEP_SECONDS)),
            ("tries", Value::from(short.max)),
            ("tries-minutes", Value::from(short.seconds / 60)),
            ("hour-tries", Value::from(hour.max)),
            ("abandon", Value::from(limits::MAX_FAILURES_PER_SIGN_IN)),
            (
                "reauth-minutes",
                Value::from(limits::REAUTH_LIFETIME.whole_minutes()),
            ),
            ("resend-seconds", Value::from(settings.sms_resend_seconds)),
            (
                "texts-per-hour",
                Value::from(limits::SMS_SENDS_PER_USER.max_in_window),
            ),
        ]
    }

    /// The help page in every language, in [`Language::ALL`]'s order.
    pub fn pages(settings: &Settings) -> [String; 4] {
        Language::ALL.map(|language| render(language, settings))
    }

    /// The whole help page in `language`.
    pub fn render(language: Language, settings: &Settings) -> String {
        let mut page = Page {
            language,
            variables: variables(settings),
            html: String::with_capacity(96 * 1024),
        };
        page.document(settings);
        page.html
    }

    struct Page {
        language: Language,
        variables: Vec<(&'static str, Value<'static>)>,
        html: String,
    }

    impl Page {
        fn text(&self, id: &str) -> String {
            catalogue::message(self.language, id, &self.variables)
        }

        fn push(&mut self, html: &str) {
            self.html.push_str(html);
        }

        /// A message as plain text, escaped.
        fn plain(&mut self, id: &str) {
            let text = escape(&self.text(id));
            self.push(&text);
        }

        /// A message with its markup (bold names, links within the page).
        fn marked(&mut self, id: &str) {
            let text = self.text(id);
            inline(&mut self.html, &text);
        }

        fn document(&mut self, settings: &Settings) {
            let code = self.language.code();
            let product = escape(&settings.product);
            let title = escape(&self.text("help-title"));
            self.push(&format!(
                "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
                 <meta name=\"color-scheme\" content=\"light\">\n\
                 <title>{title} · {product}</title>\n\
                 <link rel=\"icon\" href=\"/favicon.ico\">\n\
                 <link rel=\"stylesheet\" href=\"{}\">\n",
                escape(&settings.stylesheet)
            ));
            for other in Language::ALL {
                self.push(&format!(
                    "<link rel=\"alternate\" hreflang=\"{0}\" href=\"{1}\">\n",
                    other.code(),
                    help_href(other, "")
                ));
            }
            self.push("</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">");
            self.plain("help-skip");
            self.push("</a>\n<header class=\"guide-top\">\n");
            self.push(&format!(
                "<p class=\"brand\"><span class=\"brand-mark\" aria-hidden=\"true\"></span>{product}</p>\n"
            ));
            self.languages();
            self.push("</header>\n<main id=\"main\" class=\"guide\">\n");
            self.push(&format!("<h1>{title}</h1>\n<p class=\"lead\">"));
            self.marked("help-intro");
            self.push("</p>\n<p><a href=\"/\">");
            self.plain("help-back");
            self.push("</a></p>\n");
            self.contents();
            for group in GROUPS {
                self.group(group);
            }
            self.push("</main>\n<footer class=\"guide-end\">\n<p>");
            self.marked("help-still-stuck");
            self.push("</p>\n<p><a href=\"/\">");
            self.plain("help-back");
            self.push("</a></p>\n</footer>\n</body>\n</html>\n");
        }

        /// Links to the page in each language, each named in itself.
        fn languages(&mut self) {
            self.push("<nav class=\"guide-languages\" aria-label=\"");
            self.plain("help-languages");
            self.push("\">\n<ul>\n");
            for other in Language::ALL {
                let current = if other == self.language {
                    " aria-current=\"page\""
                } else {
                    ""
                };
                self.push(&format!(
                    "<li><a href=\"{0}\" hreflang=\"{1}\" lang=\"{1}\"{current}>{2}</a></li>\n",
                    help_href(other, ""),
                    other.code(),
                    escape(other.native_name()),
                ));
            }
            self.push("</ul>\n</nav>\n");
        }

        /// The table of contents: every group, section and question.
        fn contents(&mut self) {
            self.push("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">");
            self.plain("help-contents");
            self.push("</h2>\n<ul>\n");
            for group in GROUPS {
                self.push(&format!("<li><a href=\"#{}\">", group.anchor));
                self.plain(group.title);
                self.push("</a>");
                if !group.sections.is_empty() {
                    self.push("\n<ul>\n");
                    for section in group.sections {
                        self.push(&format!("<li><a href=\"#{}\">", section.anchor));
                        self.plain(section.title);
                        self.push("</a></li>\n");
                    }
                    self.push("</ul>\n");
                }
                self.push("</li>\n");
            }
            self.push("</ul>\n</nav>\n");
        }

        fn group(&mut self, group: &Group) {
            self.push(&format!(
                "<section id=\"{0}\" aria-labelledby=\"{0}-title\">\n<h2 id=\"{0}-title\">",
                group.anchor
            ));
            self.plain(group.title);
            self.push("</h2>\n");
            self.blocks(group.blocks);
            for section in group.sections {
                self.push(&format!(
                    "<section id=\"{0}\" aria-labelledby=\"{0}-title\">\n<h3 id=\"{0}-title\">",
                    section.anchor
                ));
                self.plain(section.title);
                self.push("</h3>\n");
                self.blocks(section.blocks);
                self.push("</section>\n");
            }
            self.push("</section>\n");
        }

        fn blocks(&mut self, blocks: &[Block]) {
            for block in blocks {
                match block {
                    P(id) => {
                        self.push("<p>");
                        self.marked(id);
                        self.push("</p>\n");
                    }
                    Steps(ids) => self.list("ol class=\"steps\"", "ol", ids),
                    List(ids) => self.list("ul", "ul", ids),
                    Notice(id) => {
                        self.push("<p class=\"notice\">");
                        self.marked(id);
                        self.push("</p>\n");
                    }
                    Warning(id) => self.boxed("warning", id),
                    Important(id) => self.boxed("important", id),
                    Part {
                        anchor,
                        title,
                        blocks,
                    } => {
                        self.push(&format!("<div id=\"{anchor}\" class=\"part\">\n<h4>"));
                        self.plain(title);
                        self.push("</h4>\n");
                        self.blocks(blocks);
                        self.push("</div>\n");
                    }
                    Countries => self.countries(),
                }
            }
        }

        fn list(&mut self, open: &str, close: &str, ids: &[&str]) {
            self.push(&format!("<{open}>\n"));
            for id in ids {
                self.push("<li>");
                self.marked(id);
                self.push("</li>\n");
            }
            self.push(&format!("</{close}>\n"));
        }

        /// A warning box headed by the catalogue's `heading` ("Warning", "Important").
        fn boxed(&mut self, heading: &str, id: &str) {
            self.push("<div class=\"warning\">\n<p><strong>");
            self.plain(heading);
            self.push("</strong></p>\n<p>");
            self.marked(id);
            self.push("</p>\n</div>\n");
        }

        /// The SMS countries, each named in the page's language, with its dialling code.
        fn countries(&mut self) {
            self.push("<table class=\"countries\">\n<caption>");
            self.plain("help-countries-caption");
            self.push("</caption>\n<thead>\n<tr><th scope=\"col\">");
            self.plain("help-countries-country");
            self.push("</th><th scope=\"col\">");
            self.plain("help-countries-code");
            self.push("</th></tr>\n</thead>\n<tbody>\n");
            for country in Country::ALL {
                self.push("<tr><th scope=\"row\">");
                self.plain(&format!("country-{}", country.iso().to_ascii_lowercase()));
                self.push(&format!("</th><td>+{}</td></tr>\n", country.dialling_code()));
            }
            self.push("</tbody>\n</table>\n");
        }
    }

    /// `text` safe in HTML text and in quoted attributes.
    fn escape(text: &str) -> String {
        backend::delivery::escape_html(text)
    }

    /// Writes a message's text as HTML: `*name*` in bold, `[label](#anchor)`
    /// as a link within the page, everything else escaped. A `*` or `[`
    /// that opens nothing is written as it is.
    pub(super) fn inline(out: &mut String, text: &str) {
        let mut rest = text;
        while let Some(at) = rest.find(['*', '[']) {
            out.push_str(&escape(&rest[..at]));
            let tail = &rest[at..];
            let used = match tail.as_bytes()[0] {
                b'*' => strong(out, tail),
                _ => link(out, tail),
            };
            match used {
                Some(used) => rest = &tail[used..],
                None => {
                    out.push_str(&escape(&tail[..1]));
                    rest = &tail[1..];
                }
            }
        }
        out.push_str(&escape(rest));
    }

    /// `*name*` at the start of `tail`: its length, once written.
    fn strong(out: &mut String, tail: &str) -> Option<usize> {
        let end = tail[1..].find('*')? + 1;
        let name = &tail[1..end];
        if name.trim().is_empty() {
            return None;
        }
        out.push_str("<strong>");
        out.push_str(&escape(name));
        out.push_str("</strong>");
        Some(end + 1)
    }

    /// `[label](#anchor)` at the start of `tail`: its length, once written.
    fn link(out: &mut String, tail: &str) -> Option<usize> {
        let close = tail.find("](#")?;
        let label = &tail[1..close];
        let after = &tail[close + 3..];
        let end = after.find(')')?;
        let anchor = &after[..end];
        let anchor_ok = !anchor.is_empty()
            && anchor
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !anchor_ok || label.trim().is_empty() || label.contains(['[', ']']) {
            return None;
        }
        out.push_str(&format!("<a href=\"#{anchor}\">"));
        out.push_str(&escape(label));
        out.push_str("</a>");
        Some(close + 3 + end + 1)
    }

    /// Every message id the page reads.
    #[cfg(test)]
    pub(super) fn message_ids() -> Vec<String> {
        fn collect(blocks: &[Block], ids: &mut Vec<String>) {
            for block in blocks {
                match block {
                    P(id) | Notice(id) | Warning(id) | Important(id) => ids.push((*id).to_owned()),
                    Steps(list) | List(list) => ids.extend(list.iter().map(|id| (*id).to_owned())),
                    Part {
                        title, blocks: inner, ..
                    } => {
                        ids.push((*title).to_owned());
                        collect(inner, ids);
                    }
                    Countries => ids.extend(
                        [
                            "help-countries-caption",
                            "help-countries-country",
                            "help-countries-code",
                        ]
                        .map(str::to_owned),
                    ),
                }
            }
        }
        let mut ids: Vec<String> = PAGE_IDS.iter().map(|id| (*id).to_owned()).collect();
        for group in GROUPS {
            ids.push(group.title.to_owned());
            collect(group.blocks, &mut ids);
            for section in group.sections {
                ids.push(section.title.to_owned());
                collect(section.blocks, &mut ids);
            }
        }
        ids
    }

    /// Every anchor the page defines.
    #[cfg(test)]
    pub(super) fn page_anchors() -> Vec<&'static str> {
        let mut anchors = Vec::new();
        for group in GROUPS {
            anchors.push(group.anchor);
            for section in group.sections {
                anchors.push(section.anchor);
                for block in section.blocks {
                    if let Part { anchor, .. } = block {
                        anchors.push(*anchor);
                    }
                }
            }
        }
        anchors
    }

    #[cfg(test)]
    pub(super) fn windows() -> (Window, Window) {
        code_windows()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_name_the_language_and_the_anchor() {
        assert_eq!(help_href(Language::Fr, "clock"), "/help/fr#clock");
        assert_eq!(help_href(Language::De, "#lost-device"), "/help/de#lost-device");
        assert_eq!(help_href(Language::En, ""), "/help/en");
    }

    #[cfg(feature = "ssr")]
    mod pages {
        use super::super::anchors;
        use super::super::page::{inline, message_ids, page_anchors, variables, windows};
        use super::super::{Settings, pages};
        use catalogue::Language;

        fn settings() -> Settings {
            Settings {
                product: "Trestle".to_owned(),
                stylesheet: "/pkg/trestle.css".to_owned(),
                sms_code_minutes: 10,
                sms_resend_seconds: 30,
            }
        }

        fn marked(text: &str) -> String {
            let mut out = String::new();
            inline(&mut out, text);
            out
        }

        #[test]
        fn markup_makes_bold_names_and_links_within_the_page() {
            assert_eq!(
                marked("On *Verify Your Identity*, see [the FAQ](#clock)."),
                "On <strong>Verify Your Identity</strong>, see <a href=\"#clock\">the FAQ</a>."
            );
            assert_eq!(
                marked("a * b [c] <d> & \"e\""),
                "a * b [c] &lt;d&gt; &amp; &quot;e&quot;"
            );
            assert_eq!(
                marked("[x](https://evil.example) [y](#Bad)"),
                "[x](https://evil.example) [y](#Bad)"
            );
            assert_eq!(marked("*<b>*"), "<strong>&lt;b&gt;</strong>");
        }

        #[test]
        fn every_help_message_is_on_the_page_and_every_message_of_the_page_exists() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalogue/locales/en/help.ftl");
            let source = std::fs::read_to_string(path).unwrap();
            let mut in_file: Vec<String> = source
                .lines()
                .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
                .filter(|id| id.starts_with("help-") && !id.contains(' '))
                .map(str::to_owned)
                .collect();
            let mut used = message_ids();
            in_file.sort();
            used.sort();
            let before = used.len();
            used.dedup();
            assert_eq!(before, used.len(), "an id is used twice");
            assert_eq!(in_file, used);
        }

        #[test]
        fn every_language_says_it_in_its_own_words() {
            // A message that fails in a language (a screen's name missing
            // there) falls back to English: none may.
            let variables = variables(&settings());
            let english = pages(&settings())[0].clone();
            for (language, page) in Language::ALL.into_iter().zip(pages(&settings())).skip(1) {
                for id in message_ids() {
                    let own = catalogue::message(language, &id, &variables);
                    let en = catalogue::message(Language::En, &id, &variables);
                    assert_ne!(own, id, "{id} in {}", language.code());
                    assert_ne!(own, en, "{id} in {}", language.code());
                }
                assert_ne!(page, english);
            }
        }

        #[test]
        fn each_language_has_every_anchor_and_no_leftovers() {
            let mut defined = page_anchors();
            for anchor in anchors::ALL {
                assert!(defined.contains(&anchor), "{anchor} is not a section");
            }
            let total = defined.len();
            defined.sort_unstable();
            defined.dedup();
            assert_eq!(total, defined.len(), "an anchor is defined twice");
            for (language, page) in Language::ALL.into_iter().zip(pages(&settings())) {
                let code = language.code();
                assert!(page.contains(&format!("<html lang=\"{code}\">")), "{code}");
                for anchor in anchors::ALL {
                    assert!(page.contains(&format!("id=\"{anchor}\"")), "{anchor} in {code}");
                }
                for leftover in ["{", "}", "$", "*", "](", "help-", "Unknown localization"] {
                    assert!(!page.contains(leftover), "{leftover:?} in {code}");
                }
                // Every link within the page leads to an anchor of it.
                for link in page.split("href=\"#").skip(1) {
                    let anchor = &link[..link.find('"').unwrap()];
                    assert!(page.contains(&format!("id=\"{anchor}\"")), "#{anchor} in {code}");
                }
                assert!(page.contains("<table class=\"countries\">"));
                assert_eq!(
                    page.matches("<th scope=\"row\">").count(),
                    domain::phone::Country::ALL.len()
                );
            }
        }

        #[test]
        fn the_numbers_come_from_the_limits_and_the_settings() {
            let (short, hour) = windows();
            assert_eq!(hour.seconds, 3600, "the help says \"within an hour\"");
            assert!(short.seconds < hour.seconds && short.seconds % 60 == 0);
            assert_eq!(domain::limits::SMS_SENDS_PER_USER.window_seconds, 3600);
            let mut thirty = settings();
            thirty.sms_code_minutes = 30;
            let [en, ..] = pages(&thirty);
            assert!(en.contains("for 30 minutes"), "{en}");
            let mut one = settings();
            one.sms_code_minutes = 1;
            let [en, fr, ..] = pages(&one);
            assert!(en.contains("for 1 minute."));
            assert!(fr.contains("pendant 1 minute."));
        }
    }
}
