/// The player of sweep figures, `assets/sweep.js`, loaded only by pages that have one.
///
/// When a sweep figure comes near the viewport it adds the figure's frames file as a
/// `<script>` (not `fetch`, so it works from `file://`); the file calls
/// `DescentSweep.load(data)`. The player then puts the shared background PNG (light or
/// dark) under a canvas, adds one native range input per parameter, and on every input
/// event redraws the canvas from the frame's drawing operations — positions computed in
/// Swift; the browser only draws. Readouts are announced through a polite live region.
/// Its styles are injected here, so pages without sweeps pay nothing for them.
///
/// Operation format: `SweepScriptEncoder` in the Plotting module.
enum SweepScript {
    static let js = """
        (function () {
          "use strict";
          if (window.DescentSweep) return;
          var root = document.documentElement;
          var systemDark = window.matchMedia("(prefers-color-scheme: dark)");
          var style = document.createElement("style");
          style.textContent =
            ".sweep-view{position:relative;display:inline-block;max-width:100%;vertical-align:top}" +
            ".sweep-view canvas{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none}" +
            ".sweep.live .sweep-static{display:none}.sweep-base{display:block}" +
            ".sweep-controls{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;justify-content:center;margin:.5rem auto 0;max-width:40rem;font:.95rem var(--sans,sans-serif)}" +
            ".sweep-controls>div{display:flex;align-items:center;gap:.5rem;flex:1 1 14rem;min-width:0}" +
            ".sweep-controls input{flex:1 1 auto;min-width:6rem;min-height:2rem;accent-color:var(--accent,#2563eb)}" +
            ".sweep-controls output{min-width:3.5em;text-align:left;font-variant-numeric:tabular-nums}" +
            ".sweep-readout{margin:.4rem auto 0;font:.95rem/1.4 var(--sans,sans-serif);color:var(--text)}" +
            ".sweep-readout .sweep-setting{font-weight:600}" +
            "@media print{.sweep.live .sweep-static{display:block}.sweep .sweep-base,.sweep canvas,.sweep-controls{display:none!important}" +
            ".sweep.live .sweep-readout{display:none}.sweep .sweep-readout.print{display:block!important}}";
          document.head.appendChild(style);

          var players = [], pending = {};
          function theme() { return root.getAttribute("data-theme") || (systemDark.matches ? "dark" : "light"); }

          /* The path mini-language: M x y, l dx dy…, Z, O cx cy r, o dx dy (same radius). */
          function parsePath(text) {
            var path = new Path2D(), tokens = text.match(/[MlZOo]|-?[0-9.]+/g) || [];
            var cmd = "", i = 0, x = 0, y = 0, sx = 0, sy = 0, cx = 0, cy = 0, r = 0;
            function num() { return parseFloat(tokens[i++]); }
            while (i < tokens.length) {
              var t = tokens[i];
              if (/[MlZOo]/.test(t)) { cmd = t; i++; if (cmd === "Z") { path.closePath(); x = sx; y = sy; } continue; }
              if (cmd === "M") { x = sx = num(); y = sy = num(); path.moveTo(x, y); cmd = "l"; }
              else if (cmd === "l") { x += num(); y += num(); path.lineTo(x, y); }
              else if (cmd === "O") { cx = num(); cy = num(); r = num(); path.moveTo(cx + r, cy); path.arc(cx, cy, r, 0, 2 * Math.PI); cmd = "o0"; }
              else if (cmd === "o" || cmd === "o0") { cx += num(); cy += num(); path.moveTo(cx + r, cy); path.arc(cx, cy, r, 0, 2 * Math.PI); }
              else i++;
            }
            return path;
          }

          function Player(figure) {
            this.figure = figure;
            this.parameters = JSON.parse(figure.getAttribute("data-parameters"));
            this.index = this.parameters.map(function (p) { return p.default; });
            this.paths = [];
          }
          Player.prototype.frameIndex = function () {
            var k = 0, ps = this.parameters;
            for (var i = 0; i < ps.length; i++) k = k * ps[i].labels.length + this.index[i];
            return k;
          };
          Player.prototype.start = function (data) {
            var self = this, figure = this.figure, view = figure.querySelector(".sweep-view");
            this.data = data;
            var staticImg = figure.querySelector(".sweep-static img");
            var picture = document.createElement("picture");
            picture.className = "sweep-base";
            var source = document.createElement("source");
            source.setAttribute("data-dark", "");
            source.srcset = figure.getAttribute("data-base-dark");
            var chosen = root.getAttribute("data-theme");
            source.media = chosen === "dark" ? "all" : chosen === "light" ? "not all" : "(prefers-color-scheme: dark)";
            var img = document.createElement("img");
            img.width = data.w; img.height = data.h; img.alt = staticImg ? staticImg.alt : "";
            picture.appendChild(source); picture.appendChild(img);
            this.img = img;
            var canvas = document.createElement("canvas");
            canvas.setAttribute("aria-hidden", "true");
            this.canvas = canvas;
            var readout = figure.querySelector(".sweep-readout");
            var live = readout.cloneNode(true);
            readout.classList.add("print"); readout.style.display = "none";
            live.classList.remove("print"); live.setAttribute("aria-live", "polite");
            readout.parentNode.insertBefore(live, readout);
            this.setting = live.querySelector(".sweep-setting");
            this.text = live.querySelector(".sweep-text");
            var controls = document.createElement("div");
            controls.className = "sweep-controls";
            this.inputs = []; this.outputs = [];
            this.parameters.forEach(function (p, n) {
              var row = document.createElement("div");
              var label = document.createElement("label"); label.textContent = p.name;
              var input = document.createElement("input");
              input.type = "range"; input.min = 0; input.max = p.labels.length - 1; input.step = 1; input.value = p.default;
              input.id = label.htmlFor = (figure.id || "sweep") + "-slider-" + n;
              var out = document.createElement("output");
              out.htmlFor = input.id; out.setAttribute("aria-hidden", "true");
              row.appendChild(label); row.appendChild(input); row.appendChild(out);
              controls.appendChild(row);
              input.addEventListener("input", function () { self.index[n] = +input.value; self.update(); });
              self.inputs.push(input); self.outputs.push(out);
            });
            figure.insertBefore(controls, live);
            img.addEventListener("load", function () {
              if (self.started) return;
              self.started = true;
              view.appendChild(canvas);
              figure.classList.add("live");
              self.update();
            });
            view.insertBefore(picture, view.firstChild);
            img.src = figure.getAttribute("data-base-light");
            this.labels();
          };
          Player.prototype.labels = function () {
            var parts = [];
            for (var n = 0; n < this.parameters.length; n++) {
              var p = this.parameters[n], label = p.labels[this.index[n]];
              this.outputs[n].textContent = label;
              this.inputs[n].setAttribute("aria-valuetext", p.name + " = " + label);
              parts.push(p.name + " = " + label);
            }
            return parts.join(", ");
          };
          Player.prototype.update = function () {
            var t0 = performance.now(), k = this.frameIndex(), data = this.data;
            this.setting.textContent = this.labels();
            this.text.textContent = data.r[k];
            this.img.alt = data.a[k];
            this.draw(k);
            this.figure.setAttribute("data-frame", k);
            DescentSweep.lastUpdateMs = performance.now() - t0;
          };
          Player.prototype.draw = function (k) {
            var data = this.data, canvas = this.canvas, ratio = Math.min(window.devicePixelRatio || 1, 3);
            var w = Math.round(data.w * ratio), h = Math.round(data.h * ratio);
            if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
            var ctx = canvas.getContext("2d"), dark = theme() === "dark" ? 1 : 0;
            ctx.setTransform(1, 0, 0, 1, 0, 0);
            ctx.clearRect(0, 0, w, h);
            ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
            this.drawOps(ctx, data.f[k], this.paths[k] || (this.paths[k] = []), dark);
            this.drawOps(ctx, data.t, this.topPaths || (this.topPaths = []), dark);
          };
          Player.prototype.drawOps = function (ctx, ops, paths, dark) {
            var data = this.data;
            for (var i = 0; i < ops.length; i++) {
              var op = ops[i], color = data.c[op[1]][dark], clip = op[2];
              ctx.save();
              if (clip >= 0) { var c = data.k[clip]; ctx.beginPath(); ctx.rect(c[0], c[1], c[2], c[3]); ctx.clip(); }
              if (op[0] === 2) { text(ctx, op, color); ctx.restore(); continue; }
              var last = op[op.length - 1];
              var path = paths[i] || (paths[i] = typeof last === "number" ? (paths[last] || parsePath(ops[last][ops[last].length - 1])) : parsePath(last));
              if (op[0] === 0) {
                ctx.strokeStyle = color; ctx.lineWidth = op[3];
                ctx.lineJoin = op[4] ? "round" : "miter"; ctx.lineCap = op[4] ? "round" : "butt";
                ctx.setLineDash(op[5] || []);
                ctx.stroke(path);
              } else {
                ctx.fillStyle = color;
                ctx.fill(path, op[3] ? "evenodd" : "nonzero");
              }
              ctx.restore();
            }
          };
          /* Text placed as the Cairo renderer places it (DejaVu Sans: ascent .928 em, descent .236 em). */
          function text(ctx, op, color) {
            var size = op[3];
            ctx.font = (op[4] ? "bold " : "") + size + "px 'DejaVu Sans', 'Bitstream Vera Sans', sans-serif";
            ctx.fillStyle = color;
            ctx.textAlign = ["left", "center", "right"][op[5]];
            ctx.textBaseline = "alphabetic";
            var dy = [0.92 * 0.928 * size, 0.36 * 0.928 * size, 0, -0.236 * size][op[6]];
            ctx.translate(op[8], op[9]);
            if (op[7]) ctx.rotate(-op[7]);
            ctx.fillText(op[10], 0, dy);
          }

          window.DescentSweep = {
            lastUpdateMs: 0,
            load: function (data) {
              var player = pending[data.key];
              if (player) { delete pending[data.key]; player.start(data); }
            },
            players: players
          };
          function request(player) {
            var figure = player.figure, key = figure.getAttribute("data-key");
            if (player.requested) return;
            player.requested = true;
            pending[key] = player;
            var script = document.createElement("script");
            script.src = figure.getAttribute("data-frames");
            document.head.appendChild(script);
          }
          function redrawAll() {
            players.forEach(function (p) {
              if (!p.started) return;
              var source = p.img.previousSibling, chosen = root.getAttribute("data-theme");
              source.media = chosen === "dark" ? "all" : chosen === "light" ? "not all" : "(prefers-color-scheme: dark)";
              p.draw(p.frameIndex());
            });
          }
          new MutationObserver(redrawAll).observe(root, { attributes: true, attributeFilter: ["data-theme"] });
          if (systemDark.addEventListener) systemDark.addEventListener("change", redrawAll);
          window.addEventListener("resize", redrawAll);

          var figures = document.querySelectorAll("figure.sweep");
          var observer = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
              if (!entry.isIntersecting) return;
              observer.unobserve(entry.target);
              request(entry.target.sweepPlayer);
            });
          }, { rootMargin: "300px 0px" }) : null;
          for (var i = 0; i < figures.length; i++) {
            var player = new Player(figures[i]);
            figures[i].sweepPlayer = player;
            players.push(player);
            if (observer) observer.observe(figures[i]); else request(player);
          }
        })();
        """
}
