// HAProxy in containers (testcontainers), one image per supported version, built locally from Debian
// packages by docker/build-images.sh because no registry is reachable. The containers share the host's
// network, so the generated configuration is the same as for the local binary: frontends on 127.0.0.1
// and the test backend on 127.0.0.1.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { GenericContainer, StartedTestContainer, Wait } from "testcontainers";
import { DIST_CORS_LUA, HaproxyTarget, removeTemp, versionsOf, writeTemp } from "./haproxy";
import { waitForPort } from "./http";
import { FIXTURES_DIR } from "./policyArgs";

// Ryuk (testcontainers' reaper) is an image from a registry; containers are stopped in afterAll instead.
process.env.TESTCONTAINERS_RYUK_DISABLED = "true";

const ROOT = path.resolve(__dirname, "../..");
const CONFIG_DIR = "/usr/local/etc/haproxy";

export interface HaproxyImage {
  readonly tag: string;
  readonly suite: string;
}

export function imagesToTest(): HaproxyImage[] {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "docker/versions.json"), "utf8"));
}

function run(command: string, args: string[], timeoutMs: number): { status: number | null; output: string } {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: timeoutMs, cwd: ROOT });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}` };
}

/**
 * Makes sure a Docker engine answers and every image exists (building or loading the missing ones),
 * or throws with the command that fixes it: a missing engine is a failure, never a skip.
 */
export function prepareImages(): void {
  const info = run("docker", ["info", "--format", "{{.ServerVersion}}"], 15000);
  if (info.status !== 0) {
    throw new Error(
      "no Docker engine answers, so the HAProxy version matrix cannot run.\n" +
        "Fix: apt-get install -y docker.io debootstrap zstd && bash docker/start-engine.sh (as root), or run bash .ci/run.\n" +
        info.output,
    );
  }
  const build = run("bash", ["docker/build-images.sh"], 15 * 60 * 1000);
  if (build.status !== 0) throw new Error(`docker/build-images.sh failed:\n${build.output}`);
}

/** "container cors-haproxy:3.0: HAProxy 3.0.11 / Lua 5.4.7", read from the image's own binary. */
function describeImage(image: HaproxyImage): string {
  const vv = run("docker", ["run", "--rm", "--network", "none", image.tag, "haproxy", "-vv"], 60000);
  return `container ${image.tag}: ${versionsOf(vv.output)}`;
}

function configDir(config: string): string {
  const { dir } = writeTemp(config, CONFIG_DIR);
  fs.copyFileSync(DIST_CORS_LUA, path.join(dir, "cors.lua"));
  fs.cpSync(FIXTURES_DIR, path.join(dir, "fixtures"), { recursive: true });
  return dir;
}

export function containerTarget(image: HaproxyImage): HaproxyTarget {
  return {
    name: describeImage(image),
    luaPath: `${CONFIG_DIR}/cors.lua`,
    fixturesDir: `${CONFIG_DIR}/fixtures`,
    async check(config) {
      const dir = configDir(config);
      const result = run("docker", ["run", "--rm", "--network", "none", "-v", `${dir}:${CONFIG_DIR}:ro`, image.tag, "haproxy", "-c", "-f", `${CONFIG_DIR}/haproxy.cfg`], 60000);
      removeTemp(dir);
      return { status: result.status ?? -1, output: result.output };
    },
    async start(config, ports) {
      const dir = configDir(config);
      let container: StartedTestContainer;
      try {
        container = await new GenericContainer(image.tag)
          .withNetworkMode("host")
          .withBindMounts([{ source: dir, target: CONFIG_DIR, mode: "ro" }])
          .withWaitStrategy(Wait.forLogMessage(/Loading success/))
          .withStartupTimeout(30000)
          .start();
      } catch (error) {
        removeTemp(dir);
        throw error;
      }
      let output = "";
      (await container.logs()).on("data", (chunk) => (output += chunk));
      await Promise.all(ports.map((port) => waitForPort(port, 10000)));
      return {
        output: () => output,
        stop: async () => {
          await container.stop({ timeout: 0 });
          removeTemp(dir);
        },
      };
    },
  };
}
