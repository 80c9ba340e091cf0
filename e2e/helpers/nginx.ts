import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Processes } from "./processes";

/** Debian's nginx, or undefined when it is not installed. */
export const nginxBinary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
export const NO_NGINX_MESSAGE = "Fant ikke nginx. Installer den (apt-get install -y nginx); .ci/run gjør det.";

/**
 * Starts nginx (as `name` in `processes`) as a round-robin proxy on 127.0.0.1:`port` in front
 * of the app instances on `upstreamPorts`, with its files in a fresh temp folder. Answers carry
 * `X-Upstream` (which instance served). An instance that fails is skipped for 5 s.
 * `keepalive` keeps that many idle connections to the instances (load tests); without it every
 * proxied request opens its own.
 */
export function startNginx(processes: Processes, opts: { name?: string; port: number; upstreamPorts: number[]; keepalive?: number }): void {
  if (!nginxBinary) throw new Error(NO_NGINX_MESSAGE);
  const dir = mkdtempSync(join(tmpdir(), "kob-nginx-"));
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(dir, sub));
  const servers = opts.upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  writeFileSync(
    join(dir, "nginx.conf"),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
# Each proxied request holds two connections (client and instance): 256 dropped a load of 249.
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
${servers}${opts.keepalive ? `\n    keepalive ${opts.keepalive};` : ""}
  }
  server {
    listen 127.0.0.1:${opts.port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # Another instance only when this one cannot be reached: the app's own 502/503 (Skatteetaten
      # failing) is an answer, and asking again would double the calls and mark healthy instances down.
      proxy_next_upstream error timeout;
      # Stream answers through (exports, RSC): no temp files, which nginx's worker could not write here.
      proxy_buffering off;
      proxy_request_buffering off;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  processes.start(opts.name ?? "nginx", nginxBinary, ["-c", join(dir, "nginx.conf"), "-p", dir], { PATH: process.env.PATH });
}
