/// The stylesheet: a reading column of about 66 characters (36em) in a system serif, with
/// figures allowed wider (a 60rem column); sans-serif for the interface, the bundled math font for `<math>`,
/// light and dark palettes (the dark one applied on screens by the system setting unless the
/// reader chose a theme — paper is always light), code colours, a phone layout and a print
/// stylesheet. Search results are styled by the search bundle (``SearchScript``).
enum Theme {
    /// Colours of the dark theme; used under `prefers-color-scheme: dark` and for `data-theme="dark"`.
    private static let dark = """
        --bg: #15171c; --bg-raised: #1b1e24; --bg-code: #1d2027; --text: #e4e2dc; --muted: #9ba1ab;
        --faint: #6f7580; --rule: #2b2f37; --accent: #8db4ff; --accent-soft: rgba(141, 180, 255, .14);
        --mark: rgba(255, 208, 90, .28); --output: #c8e1b4; --shadow: rgba(255, 255, 255, .2);
        --kw: #ff7ab2; --ty: #6bdfff; --num: #d9c97c; --str: #ff8170; --com: #7f8c98; --attr: #cc9768; --dir: #fd8f3f;
        color-scheme: dark;
        """

    static let css = """
        :root {
          --bg: #fdfcf8; --bg-raised: #f6f4ee; --bg-code: #f4f2ec; --text: #1d2024; --muted: #5b616b;
          --faint: #8a8f98; --rule: #e3dfd4; --accent: #1f5bc4; --accent-soft: rgba(31, 91, 196, .08);
          --mark: rgba(255, 200, 40, .35); --output: #2f5d1d; --shadow: rgba(0, 0, 0, .22);
          --kw: #9b2393; --ty: #1c5e8c; --num: #1c00cf; --str: #b4241b; --com: #67727e; --attr: #815f03; --dir: #8a4a0b;
          --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, "Iowan Old Style", "Palatino Linotype", "DejaVu Serif", Georgia, serif;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
          --mono: ui-monospace, "SF Mono", "Cascadia Code", "JetBrains Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
          --math: "\(MathFont.family)", "STIX Two Math", "Latin Modern Math", "Cambria Math", math;
          --topbar: 3.25rem; --sidebar: 17rem;
          color-scheme: light;
        }
        /* Dark is for screens only: printing always uses the light palette (and light figures). */
        @media screen and (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { \(dark) } }
        @media screen { :root[data-theme="dark"] { \(dark) } }

        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; scroll-padding-top: calc(var(--topbar) + 1rem); }
        body { margin: 0; background: var(--bg); color: var(--text); font: 1.125rem/1.65 var(--serif);
          text-rendering: optimizeLegibility; font-kerning: normal; }
        a { color: var(--accent); text-decoration-thickness: .07em; text-underline-offset: .18em; }
        a:hover { text-decoration-thickness: .12em; }
        :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
        .skip { position: absolute; left: -999px; top: .5rem; z-index: 30; background: var(--bg); padding: .4rem .8rem; }
        .skip:focus { left: .5rem; }

        /* Top bar */
        .topbar { position: sticky; top: 0; z-index: 20; height: var(--topbar); display: flex; align-items: center;
          gap: .75rem; padding: 0 1rem; background: color-mix(in srgb, var(--bg) 88%, transparent);
          backdrop-filter: saturate(1.4) blur(8px); border-bottom: 1px solid var(--rule); font-family: var(--sans); }
        .brand { font-weight: 650; font-size: 1.05rem; letter-spacing: .01em; color: var(--text); text-decoration: none; white-space: nowrap; }
        .topbar button { font: inherit; color: var(--muted); background: none; border: 1px solid transparent;
          border-radius: 6px; height: 2.1rem; min-width: 2.1rem; cursor: pointer; font-size: 1.05rem; line-height: 1; }
        .topbar button:hover { color: var(--text); background: var(--accent-soft); }
        .nav-toggle { display: none; }
        .theme-toggle .icon-light { display: none; }
        @media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) .theme-toggle .icon-light { display: inline; }
          :root:not([data-theme="light"]) .theme-toggle .icon-dark { display: none; } }
        :root[data-theme="dark"] .theme-toggle .icon-light { display: inline; }
        :root[data-theme="dark"] .theme-toggle .icon-dark { display: none; }

        /* Search */
        .search { position: relative; margin-left: auto; width: min(22rem, 100%); }
        .search input { width: 100%; font: .95rem var(--sans); color: var(--text); background: var(--bg-raised);
          border: 1px solid var(--rule); border-radius: 8px; padding: .42rem .7rem; }
        .search input::placeholder { color: var(--faint); }

        /* Layout and sidebar */
        .layout { display: grid; grid-template-columns: var(--sidebar) minmax(0, 1fr); }
        .sidebar { position: sticky; top: var(--topbar); align-self: start; height: calc(100vh - var(--topbar)); overflow-y: auto;
          padding: 1.25rem .9rem 2rem 1.1rem; border-right: 1px solid var(--rule); background: var(--bg-raised);
          font: .9rem/1.45 var(--sans); }
        .sidebar ol { list-style: none; margin: 0; padding: 0; }
        .sidebar a { display: flex; gap: .5rem; padding: .3rem .5rem; border-radius: 6px; color: var(--muted); text-decoration: none; }
        .sidebar a:hover { color: var(--text); background: var(--accent-soft); }
        .sidebar a[aria-current="page"] { color: var(--text); font-weight: 600; }
        .sidebar .num { color: var(--faint); font-variant-numeric: tabular-nums; min-width: 1.4em; }
        .sidebar .sections { margin: .15rem 0 .5rem .9rem; border-left: 1px solid var(--rule); padding-left: .4rem; font-size: .85rem; }
        .sidebar .sections .num { min-width: 2.2em; }
        .sidebar-home { font-weight: 600; margin-bottom: .4rem; }

        /* Reading column */
        .content { min-width: 0; padding: 2.5rem clamp(1rem, 4vw, 3.5rem) 4rem; }
        /* The text keeps a measure of about 66 characters (36em of the 18 px body, in rem so that
           headings and code share the text's left edge); figures may use the wider column. */
        .content > article, .pager { max-width: 60rem; margin: 0 auto; }
        .content > article > :not(.experiment, figure), .experiment > :not(figure), .pager, .site-footer { max-width: 40.5rem;
          margin-left: auto; margin-right: auto; }
        .chapter-head { margin-bottom: 2rem; }
        .kicker { margin: 0; font: 600 .8rem var(--sans); letter-spacing: .12em; text-transform: uppercase; color: var(--accent); }
        h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; letter-spacing: -.01em; scroll-margin-top: calc(var(--topbar) + 1rem); }
        h1 { font-size: clamp(1.9rem, 5vw, 2.5rem); margin: .25rem 0 .5rem; font-weight: 700; }
        h2 { font-size: 1.45rem; margin: 2.6rem 0 .8rem; font-weight: 650; }
        h3 { font-size: 1.15rem; margin: 2rem 0 .6rem; font-weight: 650; }
        .summary { font-size: 1.2rem; color: var(--muted); margin: .25rem 0 0; font-style: italic; }
        .secnum { color: var(--faint); font-weight: 500; margin-right: .35em; font-variant-numeric: tabular-nums; }
        .anchor { margin-left: .4em; color: var(--faint); text-decoration: none; opacity: 0; font-weight: 400; }
        h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
        p, ul, ol, blockquote, table, figure, .code, .equation, .experiment, details { margin: 0 0 1.15rem; }
        li + li { margin-top: .25rem; }
        blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
        hr { border: 0; border-top: 1px solid var(--rule); margin: 2.5rem 0; }
        strong { font-weight: 650; }
        .xref { white-space: nowrap; }
        .cite { white-space: nowrap; }
        mark.search-hit, math.search-hit { background: var(--mark); color: inherit; border-radius: 2px; }
        .search-target { outline: 2px solid var(--accent-soft); outline-offset: 4px; border-radius: 4px; }
        ul.references { list-style: none; padding-left: 0; font-size: .92em; overflow-wrap: anywhere; }
        ul.references li { padding-left: 1.5em; text-indent: -1.5em; margin: .35em 0; }
        ul.references li:target { background: var(--accent-soft); }
        sup a, .footnotes a { text-decoration: none; }
        .footnotes { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: .92rem; color: var(--muted); }
        .footnotes ol { padding-left: 1.2rem; }
        .contains-task-list, ul:has(> li > input[type="checkbox"]) { list-style: none; padding-left: .25rem; }
        input[type="checkbox"] { accent-color: var(--accent); margin-right: .4rem; }

        /* Tables */
        table { border-collapse: collapse; display: block; max-width: 100%; overflow-x: auto; font: .95rem/1.45 var(--sans);
          font-variant-numeric: tabular-nums; }
        th, td { padding: .45rem .9rem; border-bottom: 1px solid var(--rule); text-align: left; }
        th { font-weight: 600; border-bottom-width: 2px; }

        /* Math: the bundled OpenType MATH fonts (see MathFont), downloaded only where math is shown:
           the WOFF2 subset for the characters it has, the whole font behind it for any other. */
        \(MathFont.fontFaces)
        /* Inline math as large as the text around it: font-size-adjust sets the math font's
           x-height to half the font size, about that of the body serifs (Charter .48,
           DejaVu Serif .52), where the font's own .52 at 1.07em stood out by 7–16 %. */
        math { font-family: var(--math); font-size: 1em; font-size-adjust: 0.5; }
        /* A display too wide for the column scrolls; a shadow on the clipped side says so (the
           "local" covers hide each shadow once that edge is reached). */
        .equation { display: flex; align-items: center; gap: 1rem; overflow-x: auto; overflow-y: hidden; padding: .35rem 0;
          background: linear-gradient(to right, var(--bg) 40%, transparent) left / 1.5rem 100% no-repeat local,
            linear-gradient(to left, var(--bg) 40%, transparent) right / 1.5rem 100% no-repeat local,
            radial-gradient(farthest-side at 0 50%, var(--shadow), transparent) left / .75rem 100% no-repeat scroll,
            radial-gradient(farthest-side at 100% 50%, var(--shadow), transparent) right / .75rem 100% no-repeat scroll;
          background-color: var(--bg); }
        .equation math { flex: 1; margin: 0; }
        .eqno { font: .95rem var(--sans); color: var(--muted); font-variant-numeric: tabular-nums; }

        /* Code */
        code, pre, kbd { font-family: var(--mono); font-size: .86em; }
        :not(pre) > code { background: var(--bg-code); border: 1px solid var(--rule); border-radius: 4px; padding: .05em .3em; overflow-wrap: anywhere; }
        .code { position: relative; }
        pre { margin: 0; overflow-x: auto; background: var(--bg-code); border: 1px solid var(--rule); border-radius: 8px;
          padding: .85rem 1rem; line-height: 1.5; tab-size: 4; }
        pre code { font-size: .82rem; }
        /* The button is a tab on the box's top edge, in the gap above it, so it never covers a line of code. */
        .copy { position: absolute; top: -.72rem; right: .75rem; font: .72rem var(--sans); color: var(--muted);
          background: var(--bg-code); border: 1px solid var(--rule); border-radius: 5px; padding: .12rem .5rem; cursor: pointer;
          opacity: 0; transition: opacity .15s; }
        .code:hover .copy, .copy:focus, .copy.done { opacity: 1; }
        @media (hover: none) { .copy { opacity: .85; } }
        pre .k { color: var(--kw); font-weight: 600; } pre .t { color: var(--ty); } pre .n { color: var(--num); }
        pre .s { color: var(--str); } pre .c { color: var(--com); font-style: italic; } pre .a { color: var(--attr); } pre .d { color: var(--dir); }

        /* Experiments: code, output, figures */
        .experiment { margin: 1.6rem 0; }
        .experiment > * { margin-bottom: .75rem; }
        .output-cut { font: .85rem var(--sans); color: var(--muted); margin: -.4rem 0 1rem; }
        /* Output wraps: the numbers the prose cites are never off-screen. */
        pre.output { position: relative; background: transparent; border: 0; border-left: 3px solid var(--output);
          border-radius: 0; padding: .4rem 1rem; color: var(--output); white-space: pre-wrap; overflow-wrap: anywhere; }
        pre.output::before { content: "Output"; display: block; font: 600 .68rem var(--sans); letter-spacing: .1em;
          text-transform: uppercase; color: var(--faint); margin-bottom: .15rem; }
        details.fold > summary { cursor: pointer; font: .9rem var(--sans); color: var(--muted); padding: .3rem 0; }
        details.fold[open] > summary { margin-bottom: .5rem; }
        figure { margin: 1.75rem 0; text-align: center; }
        figure img { max-width: 100%; height: auto; border-radius: 6px; }
        figure picture { display: block; }
        figcaption { max-width: 60ch; margin: .6rem auto 0; font: .9rem/1.5 var(--sans); color: var(--muted); text-align: left; }
        .fignum { font-weight: 650; color: var(--text); text-decoration: none; margin-right: .3em; }

        /* Run it yourself, the provenance footer, the whole-course print page */
        .run-it { font: .88rem/1.5 var(--sans); color: var(--muted); border-left: 3px solid var(--rule); padding-left: .8rem; }
        .site-footer { margin-top: 2.5rem; font: .78rem/1.5 var(--sans); color: var(--faint); }
        .site-footer code { font-size: .95em; }
        .print-note, .print-link { font: .95rem/1.5 var(--sans); color: var(--muted); }
        .course-chapter + .course-chapter { margin-top: 4rem; padding-top: 2rem; border-top: 1px solid var(--rule); }

        /* Previous / next */
        .pager { display: flex; gap: 1rem; justify-content: space-between; margin-top: 3.5rem; padding-top: 1.5rem;
          border-top: 1px solid var(--rule); font-family: var(--sans); }
        .pager a { display: flex; flex-direction: column; padding: .7rem 1rem; border: 1px solid var(--rule);
          border-radius: 10px; text-decoration: none; max-width: 48%; }
        .pager a:hover { background: var(--accent-soft); }
        .pager .next { margin-left: auto; text-align: right; }
        .pager .dir { font-size: .8rem; color: var(--muted); }
        .pager .title { font-weight: 600; }

        /* Home page */
        .introduction { font-size: 1.15rem; }
        .toc { list-style: none; padding: 0; counter-reset: none; }
        .toc li { padding: .9rem 0; border-bottom: 1px solid var(--rule); margin: 0; }
        .toc a { display: flex; gap: .8rem; align-items: baseline; font: 600 1.15rem var(--sans); text-decoration: none; }
        .toc .num { color: var(--faint); min-width: 1.6em; font-variant-numeric: tabular-nums; }
        .toc-summary { margin: .2rem 0 0 2.4em; color: var(--muted); font-size: 1rem; }

        /* Phones and narrow windows: the sidebar becomes a drawer. */
        @media (max-width: 60rem) {
          .layout { display: block; }
          .nav-toggle { display: inline-block; }
          .sidebar { position: fixed; top: var(--topbar); left: 0; z-index: 15; width: min(20rem, 85vw);
            transform: translateX(-105%); visibility: hidden; transition: transform .2s ease, visibility 0s linear .2s; }
          body.nav-open .sidebar { transform: none; visibility: visible; transition: transform .2s ease;
            box-shadow: 0 0 40px rgba(0, 0, 0, .25); }
          .content { padding-top: 1.5rem; }
        }
        @media (max-width: 36rem) {
          body { font-size: 1.05rem; }
          .brand { flex-shrink: 0; }
          .search { flex: 1 1 auto; min-width: 0; width: auto; }
          .topbar { gap: .4rem; padding: 0 .6rem; }
          .pager { flex-direction: column; } .pager a { max-width: none; }
          .toc-summary { margin-left: 0; }
        }

        /* Paper: the light palette (dark rules above are screen-only), no chrome, no folded
           plotting code (its figures print), long code and output may break across pages. */
        @page { margin: 16mm 15mm 18mm; @bottom-center { content: counter(page); font: 9pt sans-serif; color: #555; } }
        @media print {
          :root { --bg: #fff; --text: #000; --muted: #333; --accent: #000; --bg-code: #f6f6f6; color-scheme: light; }
          .topbar, .sidebar, .pager, .copy, .anchor, .skip, .print-note, .run-it, .site-footer { display: none !important; }
          .layout { display: block; }
          .content { padding: 0; }
          body { font-size: 11pt; }
          a { text-decoration: none; }
          p, li { orphans: 3; widows: 3; }
          figure, .equation, table { break-inside: avoid; }
          figure img { max-height: 60vh; width: auto; }
          pre { white-space: pre-wrap; overflow-wrap: anywhere; overflow: visible; }
          .equation { overflow: visible; background: none; }
          h1, h2, h3 { break-after: avoid; }
          details.fold { display: none; }
          .course-chapter + .course-chapter { break-before: page; }
        }
        """
}
