//! The `server` command line: `server` (or `server serve`) serves Trestle;
//! `add-user` and `company` are the operator's tools. Parsed by clap: an
//! unknown subcommand or option is an error (exit code 2), and `--help`
//! explains each subcommand.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Where `add-user` finds the new password (never on the command line,
/// where every user of the machine can read it).
pub const PASSWORD_VAR: &str = "TRESTLE_NEW_USER_PASSWORD";

/// Trestle's server: without a command it serves; add-user and company are
/// the operator's tools.
#[derive(Debug, Parser)]
#[command(name = "server", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// What to do; `server` alone serves.
    pub fn into_command(self) -> Command {
        self.command.unwrap_or(Command::Serve)
    }
}

#[derive(Debug, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// serve Trestle (settings: see server/src/config.rs)
    Serve,
    /// creates an account; the password is read from
    /// TRESTLE_NEW_USER_PASSWORD or the first line of stdin
    AddUser(AddUser),
    /// makes MFA available to a company, or proves that it owns an email domain
    Company(Company),
}

#[derive(Debug, PartialEq, Eq, Args)]
pub struct AddUser {
    /// the account's email address
    #[arg(long, value_name = "E")]
    pub email: String,
    /// the name shown for the account (default: the email address)
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// makes the account a member of the existing company C
    #[arg(long, value_name = "C")]
    pub company: Option<String>,
    /// admin: company admin of --company; payor, payee_admin: payment roles, which must use MFA
    #[arg(long, value_enum, default_value_t = Role::User)]
    pub role: Role,
    // Refused with an explanation (see `PASSWORD_VAR`); taken here so the
    // refusal names the reason instead of "unexpected argument".
    #[arg(long, hide = true, num_args = 0..=1, default_missing_value = "")]
    pub password: Option<String>,
}

impl AddUser {
    /// Why `--password` is refused.
    pub fn password_refusal() -> String {
        format!(
            "add-user does not take --password (the command line is visible to every user of the machine); \
             set {PASSWORD_VAR} or pipe the password on stdin"
        )
    }
}

/// `--role`: a membership role or a payment role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Role {
    #[value(name = "user", alias = "none")]
    User,
    #[value(name = "admin")]
    Admin,
    #[value(name = "payor")]
    Payor,
    #[value(name = "payee_admin")]
    PayeeAdmin,
}

#[derive(Debug, PartialEq, Eq, Args)]
#[group(required = true, multiple = false)]
pub struct Company {
    /// makes MFA available to company C: its admins can then require it
    /// (Security Settings)
    #[arg(long, value_name = "C")]
    pub enable_mfa: Option<String>,
    /// proves that company C owns the email domain D: once C's admin turns
    /// SSO on, D's addresses sign in through C's identity provider
    #[arg(long, num_args = 2, value_names = ["C", "D"])]
    pub claim_domain: Option<Vec<String>>,
}

/// What `company` does.
#[derive(Debug, PartialEq, Eq)]
pub enum CompanyAction<'a> {
    EnableMfa(&'a str),
    ClaimDomain { company: &'a str, domain: &'a str },
}

impl Company {
    pub fn action(&self) -> Option<CompanyAction<'_>> {
        match (&self.enable_mfa, self.claim_domain.as_deref()) {
            (Some(company), None) => Some(CompanyAction::EnableMfa(company)),
            (None, Some([company, domain])) => Some(CompanyAction::ClaimDomain { company, domain }),
            // clap admits exactly one of the two, the second with two values.
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use clap::error::ErrorKind;

    fn parse(args: &[&str]) -> Result<Command, clap::Error> {
        Cli::try_parse_from(std::iter::once("server").chain(args.iter().copied())).map(Cli::into_command)
    }

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn serve_is_the_default() {
        assert_eq!(parse(&[]).unwrap(), Command::Serve);
        assert_eq!(parse(&["serve"]).unwrap(), Command::Serve);
    }

    #[test]
    fn add_user_with_every_option() {
        let Command::AddUser(add) = parse(&[
            "add-user",
            "--email",
            "ada@acme.example",
            "--name",
            "Ada Lovelace",
            "--company",
            "Acme",
            "--role",
            "admin",
        ])
        .unwrap() else {
            panic!("not add-user");
        };
        assert_eq!(
            add,
            AddUser {
                email: "ada@acme.example".into(),
                name: Some("Ada Lovelace".into()),
                company: Some("Acme".into()),
                role: Role::Admin,
                password: None,
            }
        );
    }

    #[test]
    fn add_user_roles() {
        let role = |args: &[&str]| match parse(args) {
            Ok(Command::AddUser(add)) => Ok(add.role),
            Ok(other) => panic!("{other:?}"),
            Err(err) => Err(err.kind()),
        };
        assert_eq!(role(&["add-user", "--email", "a@b.example"]), Ok(Role::User));
        for (name, expected) in [
            ("user", Role::User),
            ("none", Role::User),
            ("admin", Role::Admin),
            ("payor", Role::Payor),
            ("payee_admin", Role::PayeeAdmin),
        ] {
            assert_eq!(
                role(&["add-user", "--email", "a@b.example", "--role", name]),
                Ok(expected)
            );
        }
        assert_eq!(
            role(&["add-user", "--email", "a@b.example", "--role", "root"]),
            Err(ErrorKind::InvalidValue)
        );
        assert_eq!(role(&["add-user"]), Err(ErrorKind::MissingRequiredArgument));
    }

    #[test]
    fn a_password_on_the_command_line_is_taken_to_be_refused() {
        for args in [
            &["add-user", "--email", "a@b.example", "--password", "secret"][..],
            &["add-user", "--email", "a@b.example", "--password"],
            &["add-user", "--email", "a@b.example", "--password=secret"],
        ] {
            let Ok(Command::AddUser(add)) = parse(args) else {
                panic!("{args:?}");
            };
            assert!(add.password.is_some(), "{args:?}");
        }
        assert!(AddUser::password_refusal().contains("does not take --password"));
    }

    #[test]
    fn company_takes_one_action() {
        let action = |args: &[&str]| match parse(args) {
            Ok(Command::Company(company)) => Ok(company.action().map(|a| format!("{a:?}"))),
            Ok(other) => panic!("{other:?}"),
            Err(err) => Err(err.kind()),
        };
        assert_eq!(
            action(&["company", "--enable-mfa", "Acme"]),
            Ok(Some(r#"EnableMfa("Acme")"#.into()))
        );
        assert_eq!(
            action(&["company", "--claim-domain", "Keystone Steel", "keystone.example"]),
            Ok(Some(
                r#"ClaimDomain { company: "Keystone Steel", domain: "keystone.example" }"#.into()
            ))
        );
        assert_eq!(
            action(&["company", "--claim-domain", "Keystone Steel"]),
            Err(ErrorKind::WrongNumberOfValues)
        );
        assert_eq!(action(&["company"]), Err(ErrorKind::MissingRequiredArgument));
        assert_eq!(
            action(&["company", "--enable-mfa", "A", "--claim-domain", "B", "b.example"]),
            Err(ErrorKind::ArgumentConflict)
        );
    }

    #[test]
    fn unknown_subcommands_and_options_are_errors() {
        assert_eq!(
            parse(&["add-users"]).unwrap_err().kind(),
            ErrorKind::InvalidSubcommand
        );
        assert_eq!(
            parse(&["--verbose"]).unwrap_err().kind(),
            ErrorKind::UnknownArgument
        );
        assert_eq!(
            parse(&["add-user", "--email", "a@b.example", "--admin"])
                .unwrap_err()
                .kind(),
            ErrorKind::UnknownArgument
        );
        assert_eq!(
            parse(&["serve", "--port", "80"]).unwrap_err().kind(),
            ErrorKind::UnknownArgument
        );
        for err in [parse(&["add-users"]), parse(&["--verbose"])] {
            assert_eq!(err.unwrap_err().exit_code(), 2);
        }
    }

    #[test]
    fn each_subcommand_explains_itself_and_its_options() {
        let help = |args: &[&str]| {
            let err = parse(args).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::DisplayHelp, "{args:?}");
            err.render().to_string()
        };
        let top = help(&["--help"]);
        for words in [
            "serve Trestle (settings: see server/src/config.rs)",
            "add-user",
            "company",
        ] {
            assert!(top.contains(words), "{words}\n{top}");
        }
        let serve = help(&["serve", "--help"]);
        assert!(serve.contains("serve Trestle"), "{serve}");
        let add_user = help(&["add-user", "--help"]);
        for words in [
            "creates an account; the password is read from",
            "TRESTLE_NEW_USER_PASSWORD or the first line of stdin",
            "--email <E>",
            "--name <N>",
            "--company <C>",
            "--role <ROLE>",
            "user, admin, payor, payee_admin",
        ] {
            assert!(add_user.contains(words), "{words}\n{add_user}");
        }
        assert!(!add_user.contains("--password"), "{add_user}");
        let company = help(&["company", "--help"]);
        for words in [
            "--enable-mfa <C>",
            "makes MFA available to company C: its admins can then require it",
            "--claim-domain <C> <D>",
            "proves that company C owns the email domain D",
            "sign in through C's identity provider",
        ] {
            assert!(company.contains(words), "{words}\n{company}");
        }
    }
}
