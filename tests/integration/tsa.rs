//! A real RFC 3161 time-stamp authority for the B-T tests: OpenSSL's
//! `openssl ts -reply` behind a small HTTP handler on 127.0.0.1, with its
//! own CA and a TSA certificate (critical extendedKeyUsage timeStamping).

use std::path::{Path, PathBuf};
use std::process::Command;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub struct LocalTsa {
    pub url: String,
    /// The CA that issued the TSA certificate (a trust root for verifiers).
    pub ca: PathBuf,
    /// How many time stamps it issued.
    pub issued: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl (scripts/setup.sh --test installs it)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

impl LocalTsa {
    pub async fn start(dir: &Path) -> LocalTsa {
        std::fs::create_dir_all(dir).unwrap();
        let ec = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
        ];
        let mut ca = vec!["req", "-x509"];
        ca.extend(ec);
        ca.extend([
            "-keyout",
            "tsa-ca.key",
            "-out",
            "tsa-ca.pem",
            "-subj",
            "/CN=MSQ test TSA CA",
            "-days",
            "30",
            "-addext",
            "basicConstraints=critical,CA:true",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ]);
        openssl(dir, &ca);
        let mut req = vec!["req"];
        req.extend(ec);
        req.extend([
            "-keyout",
            "tsa.key",
            "-out",
            "tsa.csr",
            "-subj",
            "/CN=MSQ test TSA",
        ]);
        openssl(dir, &req);
        std::fs::write(
            dir.join("tsa-ext.cnf"),
            "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=critical,timeStamping\n",
        )
        .unwrap();
        openssl(
            dir,
            &[
                "x509",
                "-req",
                "-in",
                "tsa.csr",
                "-CA",
                "tsa-ca.pem",
                "-CAkey",
                "tsa-ca.key",
                "-CAcreateserial",
                "-out",
                "tsa.pem",
                "-days",
                "30",
                "-extfile",
                "tsa-ext.cnf",
            ],
        );
        std::fs::write(dir.join("tsaserial"), "01\n").unwrap();
        let cnf = format!(
            "[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\ndir = {}\nserial = $dir/tsaserial\ncrypto_device = builtin\nsigner_cert = $dir/tsa.pem\ncerts = $dir/tsa-ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256, sha384, sha512\naccuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n",
            dir.display()
        );
        std::fs::write(dir.join("tsa.cnf"), cnf).unwrap();

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let issued = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (dir2, count) = (dir.to_path_buf(), issued.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    return;
                };
                let (dir, count) = (dir2.clone(), count.clone());
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 4096];
                    let (head_end, length) = loop {
                        let n = stream.read(&mut chunk).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        buf.extend_from_slice(&chunk[..n]);
                        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            let head = String::from_utf8_lossy(&buf[..end]).to_lowercase();
                            let length: usize = head
                                .lines()
                                .find_map(|l| l.strip_prefix("content-length:"))
                                .and_then(|v| v.trim().parse().ok())
                                .unwrap_or(0);
                            break (end + 4, length);
                        }
                    };
                    while buf.len() < head_end + length {
                        let n = stream.read(&mut chunk).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        buf.extend_from_slice(&chunk[..n]);
                    }
                    let n = count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let query = dir.join(format!("q{n}.tsq"));
                    let reply = dir.join(format!("r{n}.tsr"));
                    std::fs::write(&query, &buf[head_end..head_end + length]).unwrap();
                    let cnf = dir.join("tsa.cnf");
                    let ok = tokio::task::spawn_blocking(move || {
                        Command::new("openssl")
                            .args(["ts", "-reply", "-config"])
                            .arg(&cnf)
                            .arg("-queryfile")
                            .arg(&query)
                            .arg("-out")
                            .arg(&reply)
                            .output()
                            .map(|o| o.status.success())
                            .unwrap_or(false)
                            .then(|| std::fs::read(&reply).unwrap())
                    })
                    .await
                    .unwrap();
                    let response = match ok {
                        Some(body) => {
                            let mut r = format!(
                                "HTTP/1.0 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: {}\r\n\r\n",
                                body.len()
                            )
                            .into_bytes();
                            r.extend(body);
                            r
                        }
                        None => b"HTTP/1.0 500 TSA failed\r\nContent-Length: 0\r\n\r\n".to_vec(),
                    };
                    let _ = stream.write_all(&response).await;
                });
            }
        });
        LocalTsa {
            url: format!("http://{addr}/tsa"),
            ca: dir.join("tsa-ca.pem"),
            issued,
            task,
        }
    }

    pub fn stop(self) {
        self.task.abort();
    }
}
