-- wrk script for the soak: cycles through a fixed mix of requests (allowed, denied, preflights,
-- non-CORS, two policies), and checks every response against what its case expects: the status and
-- the Access-Control-Allow-Origin value. HAProxy echoes the case number (x-case) so that a response
-- can be matched to its request whatever the order. The counters are globals so that done() can read
-- them from every thread (thread:get reads a thread's globals).

local cases = {
  { "GET", "/a/1", { Origin = "https://app.example.com" }, 200, "https://app.example.com" },
  { "GET", "/a/2", { Origin = "https://evil.example" }, 200, nil },
  { "GET", "/a/3", {}, 200, nil },
  { "OPTIONS", "/a/4", { Origin = "https://x.example.com", ["Access-Control-Request-Method"] = "PUT", ["Access-Control-Request-Headers"] = "x-custom-header" }, 204, "https://x.example.com" },
  { "OPTIONS", "/a/5", { Origin = "https://app.example.com", ["Access-Control-Request-Method"] = "DELETE" }, 403, nil },
  { "PUT", "/a/6", { Origin = "https://a.b.example.com", ["X-Custom-Header"] = "1" }, 200, "https://a.b.example.com" },
  { "GET", "/b/7", { Origin = "https://anyone.example" }, 200, "*" },
  { "OPTIONS", "/b/8", { Origin = "https://anyone.example", ["Access-Control-Request-Method"] = "PATCH" }, 204, "*" },
  { "GET", "/b/9", {}, 200, "*" },
  { "GET", "/a/10", { Origin = "HTTPS://APP.EXAMPLE.COM" }, 200, nil },
}

local threads = {}
sent, received, mismatches, server_errors = 0, 0, 0, 0
first_mismatch = ""

function setup(thread)
  table.insert(threads, thread)
end

function request()
  sent = sent + 1
  local case = cases[(sent - 1) % #cases + 1]
  return wrk.format(case[1], case[2], case[3])
end

function response(status, headers, body)
  received = received + 1
  if status >= 500 then server_errors = server_errors + 1 end
  local id = tonumber(headers["x-case"] or "")
  local case = id and cases[id]
  if not case or case[4] ~= status or case[5] ~= headers["access-control-allow-origin"] then
    mismatches = mismatches + 1
    if first_mismatch == "" then
      first_mismatch = string.format("case %s: status %d, access-control-allow-origin %s", tostring(id), status, tostring(headers["access-control-allow-origin"]))
    end
  end
end

function done(summary, latency, requests)
  local total, bad, errors, first = 0, 0, 0, ""
  for _, thread in ipairs(threads) do
    total = total + thread:get("received")
    bad = bad + thread:get("mismatches")
    errors = errors + thread:get("server_errors")
    if first == "" then first = thread:get("first_mismatch") end
  end
  local socket = summary.errors
  io.write(string.format('SOAK {"responses":%d,"mismatches":%d,"serverErrors":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"timeouts":%d,"seconds":%.2f,"firstMismatch":"%s"}\n',
    total, bad, errors, socket.connect, socket.read, socket.write, socket.timeout, summary.duration / 1e6, first))
end
