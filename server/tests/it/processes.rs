//! Real `server` processes over real sockets: two instances behind HAProxy
//! sharing one PostgreSQL database (sign-ins and limits span instances), and
//! one instance SIGKILLed in the middle of enrollment and code checks (what
//! was acknowledged is kept, and what moves together never half-moves).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use common::{cookie_pair, form_encode, scratch, secret_from_key, testid};
use domain::totp::step_of;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PASSWORD: &str = "a long enough password";
const WRONG: &str = r#"{"Refused":"WrongCode"}"#;
const REPLAYED: &str = r#"{"Refused":"CodeReplayed"}"#;
const HAPROXY: &str = "/usr/sbin/haproxy";
/// Far above any real reply; a hung server fails the test instead of the run.
const REPLY_TIMEOUT: Duration = Duration::from_secs(20);

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[allow(clippy::disallowed_methods)] // real processes keep real time
fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn now_step() -> u64 {
    step_of(unix_now())
}

/// The code an authenticator app with this setup key shows for `step`.
fn code_at(key: &str, step: u64) -> String {
    secret_from_key(key).code_at_step(step)
}

/// A child process, killed (SIGKILL) when dropped so a failing test leaves nothing running.
struct Proc {
    child: Child,
    name: String,
    log: PathBuf,
}

impl Proc {
    fn spawn(mut cmd: Command, name: &str, log: PathBuf) -> Self {
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        let err = out.try_clone().unwrap();
        let child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::from(out))
            .stderr(Stdio::from(err))
            .spawn()
            .unwrap_or_else(|e| panic!("starting {name}: {e}"));
        Self {
            child,
            name: name.to_owned(),
            log,
        }
    }

    /// SIGKILL, and reap.
    fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits until `url` answers 200, failing with the log if the process exits.
    async fn wait_until_up(&mut self, url: &str) {
        let http = plain_http();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("{} exited ({status}) while starting:\n{}", self.name, self.log());
            }
            if let Ok(res) = http.get(url).send().await
                && res.status() == reqwest::StatusCode::OK
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{} not up at {url} after 30 s:\n{}",
                self.name,
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn plain_http() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(REPLY_TIMEOUT)
        .pool_max_idle_per_host(0)
        .build()
        .unwrap()
}

/// The `server` binary with this database and key, and nothing from the
/// caller's environment that would change what it does.
fn server_cmd(dir: &Path, env: &[(&str, String)]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.current_dir(dir)
        .env_remove("TRESTLE_DEMO")
        .env_remove("TRESTLE_NEW_USER_PASSWORD")
        .env_remove("TRESTLE_SECRET_KEY")
        .env_remove("TRESTLE_TRUSTED_PROXIES")
        .env_remove("TRESTLE_LOG_FORMAT")
        .env_remove("TRESTLE_SMTP_URL")
        .env_remove("TRESTLE_SMS_URL")
        .env("RUST_LOG", "warn");
    for (name, value) in env {
        cmd.env(name, value);
    }
    cmd
}

/// `server add-user ... --role payor`, the password from the environment.
fn add_payor(dir: &Path, env: &[(&str, String)], email: &str) {
    let done = server_cmd(dir, env)
        .args([
            "add-user",
            "--email",
            email,
            "--name",
            "Pat Payor",
            "--role",
            "payor",
        ])
        .env("TRESTLE_NEW_USER_PASSWORD", PASSWORD)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        done.status.success(),
        "add-user {email}: {}{}",
        String::from_utf8_lossy(&done.stdout),
        String::from_utf8_lossy(&done.stderr)
    );
}

#[derive(Debug)]
struct Reply {
    status: u16,
    location: String,
    /// Which HAProxy server answered (the `x-backend` header the proxy adds).
    backend: String,
    body: String,
}

/// A browser-like client: keeps the cookies (shared by every port of
/// 127.0.0.1, as a browser would), sends this site's Origin on posts and
/// asks for JSON answers, as the hydrated app does.
#[derive(Clone)]
struct Browser {
    http: reqwest::Client,
    origin: String,
    cookies: Arc<Mutex<BTreeMap<String, String>>>,
}

impl Browser {
    fn new(origin: &str, http: reqwest::Client) -> Self {
        Self {
            http,
            origin: origin.to_owned(),
            cookies: Arc::default(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .lock()
            .unwrap()
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> Result<Reply, reqwest::Error> {
        let cookie = self.cookie_header();
        let req = if cookie.is_empty() {
            req
        } else {
            req.header("cookie", cookie)
        };
        let res = req.send().await?;
        {
            let mut jar = self.cookies.lock().unwrap();
            for set in res.headers().get_all("set-cookie").iter() {
                let set = set.to_str().unwrap_or("");
                let (name, value) = cookie_pair(set);
                if value.is_empty() || set.contains("Max-Age=0") {
                    jar.remove(name);
                } else {
                    jar.insert(name.to_owned(), value.to_owned());
                }
            }
        }
        let header = |name: &str| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned()
        };
        let (status, location, backend) = (res.status().as_u16(), header("location"), header("x-backend"));
        let body = res.text().await?;
        Ok(Reply {
            status,
            location,
            backend,
            body,
        })
    }

    async fn get(&self, base: &str, path: &str) -> Reply {
        let req = self
            .http
            .get(format!("{base}{path}"))
            .header("accept", "text/html");
        self.send(req)
            .await
            .unwrap_or_else(|e| panic!("GET {base}{path}: {e}"))
    }

    async fn try_post(&self, base: &str, path: &str, form: &[(&str, &str)]) -> Result<Reply, reqwest::Error> {
        let req = self
            .http
            .post(format!("{base}{path}"))
            .header("origin", &self.origin)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "application/json")
            .body(form_encode(form));
        self.send(req).await
    }

    async fn post(&self, base: &str, path: &str, form: &[(&str, &str)]) -> Reply {
        self.try_post(base, path, form)
            .await
            .unwrap_or_else(|e| panic!("POST {base}{path}: {e}"))
    }

    /// Email then password, each to its own base; the password's answer.
    async fn sign_in(&self, bases: [&str; 2], email: &str) -> Reply {
        let first = self
            .post(bases[0], "/api/signin/email", &[("email", email)])
            .await;
        assert_eq!(first.location, "/login/password", "{first:?}");
        self.post(bases[1], "/api/signin/password", &[("password", PASSWORD)])
            .await
    }

    /// "Two-Factor Authentication Required" → "Secure Your Account", each
    /// step to the next base in turn; returns the setup key shown.
    async fn open_app_setup(&self, bases: [&str; 3]) -> String {
        let setup = self.post(bases[0], "/api/signin/setup", &[]).await;
        assert_eq!(setup.location, "/login/setup", "{setup:?}");
        let chose = self
            .post(bases[1], "/api/signin/method", &[("method", "app")])
            .await;
        assert_eq!(chose.location, "/login/setup/app", "{chose:?}");
        let page = self.get(bases[2], "/login/setup/app").await;
        assert_eq!(page.status, 200, "{page:?}");
        testid(&page.body, "setup-key").to_owned()
    }

    /// "Save Your Recovery Code": the code shown, then "I have saved it".
    async fn save_recovery_code(&self, bases: [&str; 2]) -> (String, Reply) {
        let page = self.get(bases[0], "/login/recovery-code").await;
        assert_eq!(page.status, 200, "{page:?}");
        let code = testid(&page.body, "recovery-code").to_owned();
        let saved = self
            .post(bases[1], "/api/signin/saved", &[("saved", "yes")])
            .await;
        (code, saved)
    }
}

async fn user_id(db: &backend::Db, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

async fn count(db: &backend::Db, sql: &str, user_id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Sessions of the user whose sign-in state is `step` (the JSON tag).
async fn sessions_at(db: &backend::Db, user_id: i64, step: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND state LIKE $2")
        .bind(user_id)
        .bind(format!("%\"step\":\"{step}\"%"))
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

fn haproxy_config(port: u16, backends: [u16; 2]) -> String {
    format!(
        "global\n    maxconn 200\n\n\
         defaults\n    mode http\n    option forwardfor\n    timeout connect 2s\n    \
         timeout client 20s\n    timeout server 20s\n\n\
         frontend trestle\n    bind 127.0.0.1:{port}\n    default_backend servers\n\n\
         backend servers\n    balance roundrobin\n    \
         http-response set-header x-backend %[srv_name]\n    \
         server one 127.0.0.1:{}\n    server two 127.0.0.1:{}\n",
        backends[0], backends[1]
    )
}

/// Two servers behind HAProxy, one PostgreSQL schema and one secret key:
/// a sign-in started on one instance finishes on the other, and failed
/// codes posted to both count against one limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_behind_haproxy_share_limits_and_sign_ins() {
    let started = Instant::now();
    if !Path::new(HAPROXY).exists() {
        backend::test_support::missing(
            &format!("HAProxy at {HAPROXY} (scripts/ensure-test-tools.sh installs it)"),
            "the whole test",
        );
        return;
    }
    let Some(database_url) = backend::test_support::postgres_url().await else {
        return;
    };
    let dir = scratch("haproxy");
    let (proxy_port, ports) = (free_port(), [free_port(), free_port()]);
    let proxy = format!("http://127.0.0.1:{proxy_port}");
    let direct = ports.map(|p| format!("http://127.0.0.1:{p}"));
    let key = backend::crypto::SecretKey::new(backend::ports::random_bytes(&backend::OsRandom)).to_hex();
    let shared = vec![
        ("DATABASE_URL", database_url.clone()),
        ("TRESTLE_SECRET_KEY", key),
        ("TRESTLE_PUBLIC_URL", proxy.clone()),
        ("TRESTLE_TRUSTED_PROXIES", "127.0.0.1".to_owned()),
    ];

    // Both instances start at once on the empty schema: they race to migrate it.
    let mut servers: Vec<Proc> = ports
        .iter()
        .enumerate()
        .map(|(i, port)| {
            let mut env = shared.clone();
            env.push(("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}")));
            Proc::spawn(
                server_cmd(&dir, &env),
                &format!("server {i}"),
                dir.join(format!("server-{i}.log")),
            )
        })
        .collect();
    for (server, base) in servers.iter_mut().zip(&direct) {
        server.wait_until_up(&format!("{base}/healthz")).await;
    }
    let config = dir.join("haproxy.cfg");
    std::fs::write(&config, haproxy_config(proxy_port, ports)).unwrap();
    let mut haproxy_cmd = Command::new(HAPROXY);
    haproxy_cmd.arg("-f").arg(&config).arg("-db");
    let mut haproxy = Proc::spawn(haproxy_cmd, "haproxy", dir.join("haproxy.log"));
    haproxy.wait_until_up(&format!("{proxy}/healthz")).await;
    let payors = ["pat@acme.example", "quinn@acme.example"];
    for email in payors {
        add_payor(&dir, &shared, email);
    }
    eprintln!(
        "haproxy: two servers, the proxy and two accounts up in {:?}",
        started.elapsed()
    );

    let http = || {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(REPLY_TIMEOUT)
            .build()
            .unwrap()
    };
    let via = [proxy.as_str(); 3];
    let both_served = |replies: &[&Reply]| {
        let names: Vec<&str> = replies.iter().map(|r| r.backend.as_str()).collect();
        assert!(
            names.windows(2).all(|w| w[0] != w[1]) && names.iter().all(|n| !n.is_empty()),
            "round robin alternates the instances request by request: {names:?}"
        );
    };

    // (a) Through the proxy on one keep-alive connection: every step lands
    // on the other instance than the one before.
    let pat = Browser::new(&proxy, http());
    let email = pat
        .post(&proxy, "/api/signin/email", &[("email", payors[0])])
        .await;
    let password = pat
        .post(&proxy, "/api/signin/password", &[("password", PASSWORD)])
        .await;
    both_served(&[&email, &password]);
    assert_eq!(password.location, "/login/mfa-required", "{password:?}");
    let pat_key = pat.open_app_setup(via).await;
    let pat_step = now_step();
    let confirm = pat
        .post(
            &proxy,
            "/api/signin/app",
            &[("code", &code_at(&pat_key, pat_step))],
        )
        .await;
    assert_eq!(confirm.location, "/login/recovery-code", "{confirm:?}");
    let (_, saved) = pat.save_recovery_code([&proxy, &proxy]).await;
    assert_eq!(saved.location, "/", "{saved:?}");
    // Signed in on both instances, whichever served the last step.
    for base in &direct {
        let home = pat.get(base, "/").await;
        assert!(
            home.status == 200 && home.body.contains("Sign Out"),
            "signed in on {base}: {home:?}"
        );
    }

    // The same, addressing the instances directly, each step on the other.
    let [one, two] = [direct[0].as_str(), direct[1].as_str()];
    let quinn = Browser::new(&proxy, http());
    let password = quinn.sign_in([one, two], payors[1]).await;
    assert_eq!(password.location, "/login/mfa-required", "{password:?}");
    let quinn_key = quinn.open_app_setup([one, two, one]).await;
    let quinn_step = now_step();
    let confirm = quinn
        .post(
            two,
            "/api/signin/app",
            &[("code", &code_at(&quinn_key, quinn_step))],
        )
        .await;
    assert_eq!(confirm.location, "/login/recovery-code", "{confirm:?}");
    let (_, saved) = quinn.save_recovery_code([one, two]).await;
    assert_eq!(saved.location, "/", "{saved:?}");
    eprintln!(
        "haproxy: two enrollments across instances done at {:?}",
        started.elapsed()
    );

    // (b) Five wrong codes through the proxy, alternating instances (no
    // instance sees more than three): the right code is refused too.
    // A code no step near `step` shows (not even a used one, which would
    // be answered as a replay).
    let wrong = |key: &str, step: u64| {
        let right: Vec<String> = (step - 2..=step + 2).map(|s| code_at(key, s)).collect();
        ["000000", "111111", "222222"]
            .into_iter()
            .find(|w| !right.iter().any(|r| r == w))
            .unwrap()
            .to_owned()
    };
    let guesser = Browser::new(&proxy, http());
    let at_challenge = guesser.sign_in([&proxy, &proxy], payors[0]).await;
    assert_eq!(at_challenge.location, "/login/verify", "{at_challenge:?}");
    let pat_wrong = wrong(&pat_key, pat_step + 1);
    let mut replies = Vec::new();
    for _ in 0..5 {
        let reply = guesser
            .post(&proxy, "/api/signin/code", &[("code", &pat_wrong)])
            .await;
        assert_eq!((reply.status, reply.body.as_str()), (400, WRONG), "{reply:?}");
        replies.push(reply);
    }
    both_served(&replies.iter().collect::<Vec<_>>());
    // The enrollment used `pat_step`; the next step's code is right and
    // unused, yet refused with a wrong code's answer, by either instance.
    let right = code_at(&pat_key, pat_step + 1);
    for base in [proxy.as_str(), one, two] {
        let limited = guesser.post(base, "/api/signin/code", &[("code", &right)]).await;
        assert_eq!(
            (limited.status, limited.body.as_str()),
            (400, WRONG),
            "the sixth try, right code, via {base}: {limited:?}"
        );
    }
    let db = backend::Db::connect(&database_url).await.unwrap();
    let pat_id = user_id(&db, payors[0]).await;
    assert_eq!(
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM attempts WHERE kind = 'code' AND subject = $1")
            .bind(pat_id.to_string())
            .fetch_one(&db.pool)
            .await
            .unwrap(),
        5,
        "five failures charged, in the shared table; limited tries are not"
    );
    assert_eq!(
        sessions_at(&db, pat_id, "signed_in").await,
        1,
        "only the enrollment's session is signed in"
    );

    // Control: four wrong codes over both instances leave the right one working.
    let control = Browser::new(&proxy, http());
    let at_challenge = control.sign_in([two, one], payors[1]).await;
    assert_eq!(at_challenge.location, "/login/verify", "{at_challenge:?}");
    let quinn_wrong = wrong(&quinn_key, quinn_step + 1);
    for base in [one, two, one, two] {
        let reply = control
            .post(base, "/api/signin/code", &[("code", &quinn_wrong)])
            .await;
        assert_eq!(reply.body, WRONG, "{reply:?}");
    }
    let right = code_at(&quinn_key, quinn_step + 1);
    let passed = control.post(one, "/api/signin/code", &[("code", &right)]).await;
    assert_eq!(
        (passed.status, passed.location.as_str()),
        (200, "/"),
        "{passed:?}"
    );
    let replayed = Browser::new(&proxy, http());
    replayed.sign_in([one, two], payors[1]).await;
    let again = replayed.post(two, "/api/signin/code", &[("code", &right)]).await;
    assert_eq!(
        again.body, REPLAYED,
        "the other instance knows the code was used: {again:?}"
    );

    for server in &mut servers {
        assert!(server.child.try_wait().unwrap().is_none(), "{}", server.log());
    }
    drop(haproxy);
    drop(servers);
    db.pool.close().await;
    eprintln!("haproxy: passed in {:?}", started.elapsed());
}

/// One SQLite server, started and SIGKILLed again and again on the same files.
struct Killable {
    dir: PathBuf,
    env: Vec<(&'static str, String)>,
    base: String,
    proc: Option<Proc>,
    starts: u32,
}

impl Killable {
    fn new(dir: &Path) -> Self {
        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let env = vec![
            ("DATABASE_URL", format!("sqlite://{}/trestle.db", dir.display())),
            (
                "TRESTLE_SECRET_KEY_FILE",
                dir.join("secret.key").display().to_string(),
            ),
            ("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}")),
            ("TRESTLE_PUBLIC_URL", base.clone()),
        ];
        Self {
            dir: dir.to_owned(),
            env,
            base,
            proc: None,
            starts: 0,
        }
    }

    async fn start(&mut self) {
        assert!(self.proc.is_none());
        self.starts += 1;
        let mut proc = Proc::spawn(
            server_cmd(&self.dir, &self.env),
            &format!("server (start {})", self.starts),
            self.dir.join("server.log"),
        );
        proc.wait_until_up(&format!("{}/healthz", self.base)).await;
        self.proc = Some(proc);
    }

    fn kill(&mut self) {
        self.proc.take().unwrap().kill();
    }

    fn browser(&self) -> Browser {
        Browser::new(&self.base, plain_http())
    }

    /// Posts, SIGKILLs the server `delay` after sending, and returns what
    /// the client got (a reply, or an error when the process died first).
    async fn post_then_kill(
        &mut self,
        browser: &Browser,
        path: &'static str,
        form: Vec<(&'static str, String)>,
        delay: Duration,
    ) -> Option<Reply> {
        let (browser, base) = (browser.clone(), self.base.clone());
        let request = tokio::spawn(async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            browser.try_post(&base, path, &form).await
        });
        tokio::time::sleep(delay).await;
        self.kill();
        tokio::time::timeout(REPLY_TIMEOUT, request)
            .await
            .expect("the request ends when the server dies")
            .unwrap()
            .ok()
    }
}

/// Fractions of a measured request's duration after which to kill: most
/// near the end, where the transaction commits (hashing comes first).
const KILL_AT: [f64; 8] = [0.0, 0.6, 0.85, 0.9, 0.95, 0.98, 1.0, 1.1];

/// What one account has, read from the database while the server is dead.
#[derive(Debug, PartialEq, Eq)]
struct Stored {
    apps: i64,
    recovery_codes: i64,
    setup_sessions: i64,
    save_sessions: i64,
}

async fn stored(db: &backend::Db, user_id: i64) -> Stored {
    Stored {
        apps: count(
            db,
            "SELECT COUNT(*) FROM totp_factors WHERE user_id = $1",
            user_id,
        )
        .await,
        recovery_codes: count(
            db,
            "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
            user_id,
        )
        .await,
        setup_sessions: sessions_at(db, user_id, "setup_app").await,
        save_sessions: sessions_at(db, user_id, "save_recovery_code").await,
    }
}

const NOTHING_MOVED: Stored = Stored {
    apps: 0,
    recovery_codes: 0,
    setup_sessions: 1,
    save_sessions: 0,
};
const ALL_MOVED: Stored = Stored {
    apps: 1,
    recovery_codes: 1,
    setup_sessions: 0,
    save_sessions: 1,
};

/// An enrolled account: its setup key, and its recovery code when the test saw it.
struct Account {
    email: String,
    id: i64,
    key: String,
    recovery: Option<String>,
}

async fn recovery_hash(db: &backend::Db, user_id: i64) -> (String, Option<i64>) {
    use sqlx::Row;
    let row = sqlx::query("SELECT code_hash, used_at FROM recovery_codes WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    (row.get("code_hash"), row.get("used_at"))
}

async fn last_used_step(db: &backend::Db, user_id: i64) -> i64 {
    sqlx::query_scalar("SELECT MAX(last_used_step) FROM totp_factors WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

/// Signs in to "Enter Recovery Code" and posts `code`.
async fn try_recovery(server: &Killable, email: &str, code: &str) -> Reply {
    let browser = server.browser();
    let base = server.base.as_str();
    assert_eq!(
        browser.sign_in([base, base], email).await.location,
        "/login/verify"
    );
    let picked = browser
        .post(base, "/api/signin/pick", &[("recovery", "yes")])
        .await;
    assert_eq!(picked.location, "/login/recovery", "{picked:?}");
    browser
        .post(base, "/api/signin/recovery", &[("code", code)])
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_in_the_middle_of_enrollment_and_code_checks_loses_nothing() {
    let started = Instant::now();
    let dir = scratch("sigkill");
    let mut server = Killable::new(&dir);
    const ROUNDS: u32 = 8;
    let emails: Vec<String> = (0..=ROUNDS).map(|i| format!("payor{i}@acme.example")).collect();
    for email in &emails {
        add_payor(&dir, &server.env, email);
    }
    server.start().await;
    let db = backend::Db::connect(&server.env[0].1).await.unwrap();
    let base = server.base.clone();
    let b = base.as_str();
    eprintln!(
        "sigkill: {} accounts and a server up in {:?}",
        emails.len(),
        started.elapsed()
    );

    // Round 0, undisturbed, measures the confirming post.
    let mut accounts = Vec::new();
    let mut confirm_took = Duration::ZERO;
    let mut enrollment_outcomes = Vec::new();
    for (round, email) in emails.iter().enumerate() {
        let id = user_id(&db, email).await;
        let browser = server.browser();
        assert_eq!(
            browser.sign_in([b, b], email).await.location,
            "/login/mfa-required"
        );
        let key = browser.open_app_setup([b, b, b]).await;
        let step = now_step();
        let code = code_at(&key, step);
        let mut account = Account {
            email: email.clone(),
            id,
            key,
            recovery: None,
        };
        if round == 0 {
            let sent = Instant::now();
            let done = browser.post(b, "/api/signin/app", &[("code", &code)]).await;
            confirm_took = sent.elapsed();
            assert_eq!(done.location, "/login/recovery-code", "{done:?}");
            let (recovery, saved) = browser.save_recovery_code([b, b]).await;
            assert_eq!(saved.location, "/");
            account.recovery = Some(recovery);
            accounts.push(account);
            continue;
        }
        let delay = confirm_took.mul_f64(KILL_AT[round - 1]);
        let reply = server
            .post_then_kill(&browser, "/api/signin/app", vec![("code", code.clone())], delay)
            .await;
        let after = stored(&db, id).await;
        assert!(
            after == NOTHING_MOVED || after == ALL_MOVED,
            "round {round}, killed {delay:?} after sending: the app, its recovery code and the \
             session move together: {after:?} (reply {reply:?})"
        );
        let moved = after == ALL_MOVED;
        let acknowledged = reply.as_ref().is_some_and(|r| r.status == 200);
        if acknowledged {
            assert!(moved, "round {round}: acknowledged but not stored: {after:?}");
        }
        enrollment_outcomes.push((delay, reply.as_ref().map(|r| r.status), moved));
        server.start().await;
        // Finish, or start again: the account is never stuck.
        if moved && acknowledged {
            let (recovery, saved) = browser.save_recovery_code([b, b]).await;
            assert_eq!(saved.location, "/", "round {round}: {saved:?}");
            account.recovery = Some(recovery);
        } else if moved {
            let lost = browser.get(b, "/login/setup/app").await;
            assert_eq!(
                lost.status, 302,
                "round {round}: the parked sign-in is gone: {lost:?}"
            );
            let again = server.browser();
            assert_eq!(again.sign_in([b, b], email).await.location, "/login/verify");
            let passed = again
                .post(
                    b,
                    "/api/signin/code",
                    &[("code", &code_at(&account.key, step + 1))],
                )
                .await;
            assert_eq!(passed.location, "/", "round {round}: {passed:?}");
        } else {
            let retry_step = now_step();
            let retried = browser
                .post(
                    b,
                    "/api/signin/app",
                    &[("code", &code_at(&account.key, retry_step))],
                )
                .await;
            assert_eq!(
                retried.location, "/login/recovery-code",
                "round {round}: the same setup finishes after the restart: {retried:?}"
            );
            let (recovery, saved) = browser.save_recovery_code([b, b]).await;
            assert_eq!(saved.location, "/");
            account.recovery = Some(recovery);
        }
        assert_eq!(stored(&db, id).await.apps, 1);
        accounts.push(account);
    }
    eprintln!(
        "sigkill: enrollment confirm took {confirm_took:?}; (delay, reply, stored) per round: \
         {enrollment_outcomes:?}; at {:?}",
        started.elapsed()
    );

    // A recovery code redeemed, then SIGKILL at once: after the restart the
    // old code is refused and the new one is where the user left it.
    let first = &accounts[0];
    let old_code = first.recovery.clone().unwrap();
    let (old_hash, _) = recovery_hash(&db, first.id).await;
    let redeemer = server.browser();
    assert_eq!(
        redeemer.sign_in([b, b], &first.email).await.location,
        "/login/verify"
    );
    let picked = redeemer.post(b, "/api/signin/pick", &[("recovery", "yes")]).await;
    assert_eq!(picked.location, "/login/recovery", "{picked:?}");
    let sent = Instant::now();
    let redeemed = redeemer
        .post(b, "/api/signin/recovery", &[("code", &old_code)])
        .await;
    let redeem_took = sent.elapsed();
    server.kill();
    assert_eq!(redeemed.location, "/login/recovery-code", "{redeemed:?}");
    let (new_hash, used_at) = recovery_hash(&db, first.id).await;
    assert!(
        new_hash != old_hash && used_at.is_none(),
        "a new code replaced the old one"
    );
    server.start().await;
    let reused = try_recovery(&server, &first.email, &old_code).await;
    assert_eq!(
        reused.body, WRONG,
        "a used recovery code never works again: {reused:?}"
    );
    let (new_code, saved) = redeemer.save_recovery_code([b, b]).await;
    assert_ne!(new_code, old_code);
    assert_eq!(saved.status, 200, "{saved:?}");
    accounts[0].recovery = Some(new_code);

    // Redemptions raced with SIGKILL: the code is used and replaced (with
    // the new one waiting in the session) or untouched; never used up with
    // nothing in its place, never usable twice.
    let mut recovery_outcomes = Vec::new();
    let racers: Vec<usize> = (1..accounts.len())
        .filter(|&i| accounts[i].recovery.is_some())
        .take(4)
        .collect();
    for (n, &i) in racers.iter().enumerate() {
        let account = &accounts[i];
        let code = account.recovery.clone().unwrap();
        let (before, _) = recovery_hash(&db, account.id).await;
        let browser = server.browser();
        assert_eq!(
            browser.sign_in([b, b], &account.email).await.location,
            "/login/verify"
        );
        browser.post(b, "/api/signin/pick", &[("recovery", "yes")]).await;
        let delay = redeem_took.mul_f64([0.5, 0.9, 0.97, 1.02][n]);
        let reply = server
            .post_then_kill(
                &browser,
                "/api/signin/recovery",
                vec![("code", code.clone())],
                delay,
            )
            .await;
        let (after, used_at) = recovery_hash(&db, account.id).await;
        let replaced = after != before;
        assert!(
            used_at.is_none(),
            "an unused code is always on file: {}",
            account.email
        );
        assert_eq!(
            sessions_at(&db, account.id, "save_recovery_code").await,
            i64::from(replaced),
            "the new code is waiting in the session exactly when the old one was used"
        );
        if reply.as_ref().is_some_and(|r| r.status == 200) {
            assert!(replaced, "acknowledged but not stored");
        }
        recovery_outcomes.push((delay, reply.as_ref().map(|r| r.status), replaced));
        server.start().await;
        let again = try_recovery(&server, &account.email, &code).await;
        if replaced {
            assert_eq!(again.body, WRONG, "{again:?}");
        } else {
            assert_eq!(again.location, "/login/recovery-code", "{again:?}");
        }
    }
    eprintln!("sigkill: redemption took {redeem_took:?}; (delay, reply, replaced): {recovery_outcomes:?}");

    // Codes from the app raced with SIGKILL: the code's step is recorded
    // exactly when a signed-in session was saved; a recorded step is never
    // accepted again.
    let mut check_took = Duration::ZERO;
    let mut code_outcomes = Vec::new();
    for (n, account) in accounts.iter().enumerate().skip(1).take(5) {
        let step = u64::try_from(last_used_step(&db, account.id).await).unwrap() + 1;
        if step > now_step() + 1 {
            continue; // a code from the future: only after the next step
        }
        let code = code_at(&account.key, step);
        let browser = server.browser();
        assert_eq!(
            browser.sign_in([b, b], &account.email).await.location,
            "/login/verify"
        );
        if n == 1 {
            let sent = Instant::now();
            let passed = browser.post(b, "/api/signin/code", &[("code", &code)]).await;
            check_took = sent.elapsed();
            assert_eq!(passed.location, "/", "{passed:?}");
            continue;
        }
        let signed_in_before = sessions_at(&db, account.id, "signed_in").await;
        let delay = check_took.mul_f64([0.0, 0.5, 0.8, 1.0][n - 2]);
        let reply = server
            .post_then_kill(&browser, "/api/signin/code", vec![("code", code.clone())], delay)
            .await;
        let used = last_used_step(&db, account.id).await >= i64::try_from(step).unwrap();
        let new_sign_ins = sessions_at(&db, account.id, "signed_in").await - signed_in_before;
        // The step used up and the session signed in commit together: a
        // kill never spends a right code without signing in.
        assert!(
            (0..=1).contains(&new_sign_ins) && used == (new_sign_ins == 1),
            "{}: {new_sign_ins} new signed-in sessions, step recorded: {used}",
            account.email
        );
        if reply.as_ref().is_some_and(|r| r.status == 200) {
            assert!(used && new_sign_ins == 1, "acknowledged but not stored");
        }
        code_outcomes.push((delay, reply.as_ref().map(|r| r.status), used, new_sign_ins));
        server.start().await;
        let again = server.browser();
        assert_eq!(
            again.sign_in([b, b], &account.email).await.location,
            "/login/verify"
        );
        let reply = again.post(b, "/api/signin/code", &[("code", &code)]).await;
        if used {
            assert_eq!(reply.body, REPLAYED, "{reply:?}");
        } else {
            assert_eq!(reply.location, "/", "{reply:?}");
        }
    }
    eprintln!(
        "sigkill: code check took {check_took:?}; (delay, reply, step used, new sign-ins): {code_outcomes:?}"
    );
    db.pool.close().await;
    eprintln!(
        "sigkill: passed in {:?} with {} server starts",
        started.elapsed(),
        server.starts
    );
}
