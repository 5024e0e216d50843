//! The real server binary as a process of its own, on a test's database: for what only a
//! process can show (being killed with SIGKILL, two servers that share nothing but the
//! database). Cargo builds the binary for these tests (`CARGO_BIN_EXE_server`).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{urlencode, HOST, ORIGIN};

pub struct ServerProcess {
    child: Child,
    /// `127.0.0.1:port`.
    pub addr: String,
    pub log: std::path::PathBuf,
}

/// A loopback port nobody listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl ServerProcess {
    /// Starts the server on `database_url` with `env` added, and waits until `/healthz` answers.
    pub async fn start(database_url: &str, env: &[(&str, &str)]) -> ServerProcess {
        let port = free_port();
        let addr = format!("127.0.0.1:{port}");
        let log = std::env::temp_dir().join(format!("raekoda_t{}_server_{port}.log", std::process::id()));
        let out = std::fs::File::create(&log).expect("the server's log file");
        let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
        command
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("LEPTOS_OUTPUT_NAME", "raekoda")
            .env("LEPTOS_SITE_ROOT", "target/site")
            .env("LEPTOS_SITE_PKG_DIR", "pkg")
            .env("LEPTOS_SITE_ADDR", &addr)
            .env("DATABASE_URL", database_url)
            .env("RAEKODA_PUBLIC_URL", ORIGIN)
            // Every request here comes from one address.
            .env("RAEKODA_RATE_LIMIT_SCALE", "1000")
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out);
        for (key, value) in env {
            command.env(key, value);
        }
        let child = command.spawn().expect("start the server binary");
        let server = ServerProcess { child, addr, log };
        server.wait_until_healthy().await;
        server
    }

    async fn wait_until_healthy(&self) {
        let started = Instant::now();
        loop {
            if let Some((200, _)) = get(&self.addr, "/healthz", "").await {
                return;
            }
            assert!(started.elapsed() < Duration::from_secs(60), "the server did not start within 60 s: {}", self.log_text());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGKILL: no shutdown, no flush, no goodbye; as when the machine's OOM killer strikes.
    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill9();
        let _ = std::fs::remove_file(&self.log);
    }
}

async fn exchange(addr: &str, request: String) -> Option<(u16, String)> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.ok()?;
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.ok()?;
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text.split(' ').nth(1).and_then(|code| code.parse().ok())?;
    let (head, body) = text.split_once("\r\n\r\n")?;
    // Keep the headers a test may need (the session cookie) in front of the body.
    let cookie = head
        .lines()
        .filter(|l| l.to_ascii_lowercase().starts_with("set-cookie:") && l.contains("raekoda_session="))
        .find_map(|l| l.split_once(':').map(|(_, value)| value.trim()))
        .unwrap_or_default();
    Some((status, if cookie.is_empty() { body.to_owned() } else { format!("{cookie}\n{body}") }))
}

/// A server function called over a new connection; `None` when the connection failed or
/// broke before a whole answer came (the server was killed).
pub async fn post(addr: &str, path: &str, form: &[(&str, &str)], cookie: &str) -> Option<(u16, String)> {
    let body = form.iter().map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v))).collect::<Vec<_>>().join("&");
    exchange(
        addr,
        format!(
            "POST {path} HTTP/1.1\r\nHost: {HOST}\r\nOrigin: {ORIGIN}\r\nCookie: {cookie}\r\nAccept: application/json\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
    .await
}

pub async fn get(addr: &str, path: &str, cookie: &str) -> Option<(u16, String)> {
    exchange(addr, format!("GET {path} HTTP/1.1\r\nHost: {HOST}\r\nCookie: {cookie}\r\nAccept: text/html\r\nConnection: close\r\n\r\n")).await
}

/// Signs in on the server at `addr`; the session cookie as a browser sends it back.
pub async fn log_in(addr: &str, email: &str, password: &str) -> String {
    let (status, answer) = post(addr, "/api/accounts/log_in", &[("email", email), ("password", password)], "").await.expect("the server answers");
    assert_eq!(status, 200, "log in as {email}: {answer}");
    answer.lines().next().and_then(|cookie| cookie.split(';').next()).filter(|pair| pair.contains("raekoda_session=")).expect("a session cookie").to_owned()
}
