/** The page header: the example's brand, what it is, and where the parts come from. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="brand" href="./" aria-label="Weekend gigs, home">
          <span className="brand__mark" aria-hidden="true">
            <svg viewBox="0 0 24 24">
              <rect x="3" y="5" width="18" height="16" rx="3" />
              <path d="M3 10h18M8 3v4M16 3v4" />
            </svg>
          </span>
          <span className="brand__name">Weekend gigs</span>
        </a>
        <nav className="site-nav" aria-label="Example">
          <a href="../">All examples</a>
          <a href="../v1/projects">API</a>
        </nav>
      </div>
      <div className="hero">
        <h1>Paid projects that fit around your week</h1>
        <p>
          Short, remote micro-internships from real companies: a few hours to a few weekends of work, paid by the hour or by the project.
          Filter by what you are good at, pick a pay floor, and apply in a minute.
        </p>
      </div>
    </header>
  );
}
