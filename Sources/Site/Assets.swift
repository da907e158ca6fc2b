/// The site's static files and where they go.
enum Assets {
    static let stylesheetPath = "assets/descent.css"
    static let scriptPath = "assets/descent.js"
    /// The search bundle (index, UI code and its styles), loaded on first use of the search box.
    static let searchBundlePath = "assets/search.js"
    /// The sweep-figure player (``SweepScript``), loaded only by pages with a sweep figure.
    static let sweepScriptPath = "assets/sweep.js"

    /// Runs in `<head>` before anything paints, so a remembered theme never flashes the wrong colours.
    static let themeBoot = """
        (function(){try{var t=localStorage.getItem("descent-theme");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}})();
        """

    /// (path relative to the site root, contents) of every fixed asset, minified once per process.
    static let files: [(String, String)] = [
        (stylesheetPath, Minify.css(Theme.css)), (scriptPath, Minify.js(SiteScript.js)),
        (sweepScriptPath, Minify.js(SweepScript.js)),
    ]
}
