//! Talking to an xAPI 1.0.3 learning record store over HTTP(S): posting
//! statements and the two reads `lrs test` makes. Every request carries
//! `X-Experience-API-Version: 1.0.3` and HTTP Basic authentication from the
//! LRS's key and secret, and gives up after a connect and an overall
//! timeout, so a slow LRS never holds anything up.

use std::time::Duration;

use crate::records::LrsSettings;

/// The xAPI version statements are written in.
pub const XAPI_VERSION: &str = "1.0.3";

/// How long connecting to the LRS may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a whole request (connecting, sending, the answer) may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// The most of an answer's body kept (its message).
const BODY_LIMIT: u64 = 64 * 1024;

/// What the LRS answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// An HTTP status and the body's text.
    Status { code: u16, body: String },
    /// No answer: the host could not be found or reached, or it took too
    /// long. The text says which.
    Unreachable(String),
}

/// A client for one LRS.
pub struct Client {
    agent: ureq::Agent,
    endpoint: String,
    authorization: String,
}

impl Client {
    /// A client for the LRS in `settings`, with the usual timeouts.
    pub fn new(settings: &LrsSettings) -> Client {
        Client::with_timeouts(settings, CONNECT_TIMEOUT, REQUEST_TIMEOUT)
    }

    /// A client whose requests give up after these times.
    pub fn with_timeouts(settings: &LrsSettings, connect: Duration, overall: Duration) -> Client {
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(connect))
            .timeout_global(Some(overall))
            .http_status_as_error(false)
            .user_agent(concat!("last-word/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Client {
            agent,
            endpoint: settings.endpoint.trim_end_matches('/').to_string(),
            authorization: basic_authorization(&settings.key, &settings.secret),
        }
    }

    /// The address of one of the LRS's resources, e.g. `statements`.
    pub fn url(&self, resource: &str) -> String {
        format!("{}/{resource}", self.endpoint)
    }

    /// Posts statements (each a JSON object's text) as one JSON array.
    pub fn post_statements(&self, statements: &[&str]) -> Answer {
        let body = format!("[{}]", statements.join(","));
        let request = self
            .agent
            .post(self.url("statements"))
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Authorization", &self.authorization)
            .header("Content-Type", "application/json");
        answer(request.send(body))
    }

    /// `GET <endpoint>/about`, which needs no key: the versions the LRS
    /// speaks.
    pub fn about(&self) -> Answer {
        answer(self.agent.get(self.url("about")).call())
    }

    /// An authenticated read that writes nothing: at most one statement.
    pub fn read_one_statement(&self) -> Answer {
        self.get("statements?limit=1")
    }

    /// The statement with this id, as the LRS stored it.
    pub fn statement(&self, id: &str) -> Answer {
        self.get(&format!("statements?statementId={id}"))
    }

    /// An authenticated `GET` of a resource (with its query).
    fn get(&self, resource: &str) -> Answer {
        let request = self
            .agent
            .get(self.url(resource))
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Authorization", &self.authorization);
        answer(request.call())
    }
}

fn answer(result: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Answer {
    match result {
        Ok(mut response) => Answer::Status {
            code: response.status().as_u16(),
            body: response
                .body_mut()
                .with_config()
                .limit(BODY_LIMIT)
                .read_to_string()
                .unwrap_or_default(),
        },
        Err(e) => Answer::Unreachable(unreachable_reason(&e)),
    }
}

/// Why no answer came, in words.
fn unreachable_reason(e: &ureq::Error) -> String {
    match e {
        ureq::Error::HostNotFound => "its host name could not be resolved".to_string(),
        ureq::Error::Timeout(_) => "it did not answer in time".to_string(),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            "nothing accepts connections at that address (connection refused)".to_string()
        }
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            "it did not answer in time".to_string()
        }
        ureq::Error::Io(io) if io.to_string().contains("lookup address") => {
            "its host name could not be resolved".to_string()
        }
        ureq::Error::Rustls(tls) => untrusted(&tls.to_string()),
        ureq::Error::Io(io) if io.to_string().contains("certificate") => untrusted(&io.to_string()),
        ureq::Error::BadUri(uri) => format!("`{uri}` is not a web address"),
        ureq::Error::Io(io) => format!("the connection failed ({io})"),
        other => format!("the connection failed ({other})"),
    }
}

/// An HTTPS certificate that was refused, in words.
fn untrusted(detail: &str) -> String {
    format!(
        "its HTTPS certificate is not trusted ({detail}); the LRS needs a certificate from a \
         public certificate authority"
    )
}

/// `Basic <base64 of key:secret>`.
fn basic_authorization(key: &str, secret: &str) -> String {
    format!("Basic {}", base64(format!("{key}:{secret}").as_bytes()))
}

/// Standard base64 with padding (RFC 4648).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_examples() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain}");
        }
        assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
    }

    #[test]
    fn the_key_and_secret_go_in_a_basic_header() {
        assert_eq!(
            basic_authorization("Aladdin", "open sesame"),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
    }

    #[test]
    fn resources_hang_off_the_endpoint_with_or_without_its_slash() {
        for endpoint in ["http://lrs.test/xAPI", "http://lrs.test/xAPI/"] {
            let client = Client::new(&LrsSettings {
                endpoint: endpoint.into(),
                key: "k".into(),
                secret: "s".into(),
            });
            assert_eq!(client.url("statements"), "http://lrs.test/xAPI/statements");
        }
    }
}
