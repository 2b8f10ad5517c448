//! DNS TXT lookups, for an admin's proof that their company owns an email
//! domain: the product names a record and a value, the admin publishes
//! it, and **Check DNS** looks it up. A port, so tests answer for DNS.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// How long one lookup may take.
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(5);

pub type TxtFuture<'a> = Pin<Box<dyn Future<Output = Result<Vec<String>, String>> + Send + 'a>>;

pub trait DnsTxt: Send + Sync {
    /// The TXT strings published at `name` (empty when there is none).
    fn txt<'a>(&'a self, name: &'a str) -> TxtFuture<'a>;
}

/// The machine's resolver (`/etc/resolv.conf`), built at the first lookup.
#[derive(Default)]
pub struct SystemDns {
    resolver: tokio::sync::OnceCell<hickory_resolver::TokioResolver>,
}

impl DnsTxt for SystemDns {
    fn txt<'a>(&'a self, name: &'a str) -> TxtFuture<'a> {
        Box::pin(async move {
            let resolver = self
                .resolver
                .get_or_try_init(|| async {
                    let mut builder =
                        hickory_resolver::TokioResolver::builder_tokio().map_err(|e| e.to_string())?;
                    builder.options_mut().timeout = LOOKUP_TIMEOUT;
                    builder.options_mut().attempts = 1;
                    Ok::<_, String>(builder.build())
                })
                .await?;
            match tokio::time::timeout(LOOKUP_TIMEOUT, resolver.txt_lookup(name)).await {
                Err(_) => Err("dns lookup timed out".into()),
                Ok(Err(err)) if err.is_no_records_found() => Ok(vec![]),
                Ok(Err(err)) => Err(err.to_string()),
                Ok(Ok(found)) => Ok(found
                    .iter()
                    .map(|txt| {
                        txt.iter()
                            .map(|part| String::from_utf8_lossy(part).into_owned())
                            .collect::<String>()
                    })
                    .collect()),
            }
        })
    }
}

/// Fixed answers (tests, and a server with no DNS).
#[derive(Default)]
pub struct StaticDns {
    pub records: std::sync::Mutex<std::collections::HashMap<String, Vec<String>>>,
}

impl StaticDns {
    pub fn publish(&self, name: &str, value: &str) {
        if let Ok(mut records) = self.records.lock() {
            records.entry(name.to_owned()).or_default().push(value.to_owned());
        }
    }
}

impl DnsTxt for StaticDns {
    fn txt<'a>(&'a self, name: &'a str) -> TxtFuture<'a> {
        let found = self
            .records
            .lock()
            .map(|r| r.get(name).cloned().unwrap_or_default())
            .map_err(|e| e.to_string());
        Box::pin(async move { found })
    }
}
