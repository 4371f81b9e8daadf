// Package estimate fuses the claims of the ledger into calibrated running
// totals: for one actor and category, a daily series with its median,
// 50% and 90% intervals and daily rate, each source's estimated bias,
// the claims that sit beyond their own stated uncertainty, and when a
// total is reached. It reads claims through attrition.ClaimFinder and
// knows nothing of storage.
//
// # The model
//
// The state is the log of the daily rate, u(t), linear between knots a
// week or more apart (at most 100 knots), with a random-walk prior
// between knots whose steps are Student-t, so that the first days of a
// war or an offensive can move the rate abruptly. The running total is
// C(t) = Σ exp(u) from the conflict's start. A total built from a
// positive rate never falls, so monotonicity costs nothing, and a random
// walk gives a projection an uncertainty that grows with the horizon,
// which is what a projection should have.
//
// Beyond the last figure (the last claim that is not a bound), the walk
// is not left to carry the last rate forever: a toll of one day or the
// worst week of an offensive would then be repeated every day for
// years. The projection's log rate follows a mean path that returns,
// over Params.Reversion days (60), to the average rate of the last
// quarter with information (Params.InfoDays, 91), as an Ornstein-
// Uhlenbeck process reverts to its mean; a steady series is barely
// moved, since its recent rate is that average. A pace seen for fewer
// days than a quarter (one day's toll, a war's first week) is neither
// a war's pace nor known to stop: the projection returns halfway, in
// logs, between it and the pace of a quarter whose unseen days had no
// losses, and the walk over the projection's first quarter is looser
// by the missing share (at most ten times the variance), so that the
// interval reaches toward both. A year after a lone 1,200 in one day,
// the median is about 90,000 with a 90% interval of about 35,000 to
// 360,000, where carrying the day's rate forward said 440,000 within a
// factor of five.
//
// Every claim becomes one likelihood term on the log of a sum of the
// rate over an interval, so the shapes of claims.md share one code path:
//
//   - a running total is the sum from the start to its period end;
//   - a period count ("200,000 in the last six months") is the sum over
//     its period, i.e. a difference of running totals;
//   - an average rate ("1,262 a day in May") is the same sum divided by
//     the days, so it is compared with the count it implies;
//   - a range is centred on its geometric midpoint and its width is read
//     through its likelihood word: a "likely" (55–75%) range is a 65%
//     interval, z ≈ 0.93; a stated 95% interval from a statistical model
//     has z = 1.96; an unhedged range is read as an 80% interval, wider
//     doubt than a model's 95% interval of the same width;
//   - a point has a small spread, larger when hedged ("about");
//   - a one-sided bound (a named-death list, "more than 700,000") is a
//     censored term: it only pushes when the estimate crosses it, and it
//     is never read as a point. A source that only gives bounds (a list
//     of named dead, a count of photographed wrecks) bounds the truth
//     itself; a bound from a source that also gives figures ("more than
//     12,000" in a daily bulletin) is that source's claim and carries its
//     bias. Floors are kept at one a week per source.
//
// Terms use a Student-t error (ν = 4) so that one wild figure bends the
// estimate less than a squared error would, and they are on log(x + ½)
// so that small equipment counts and zeros are well defined.
//
// # Sources
//
// Each source has a multiplicative bias b, log C + b being what it
// reports, with prior b ~ N(0, τ²): biases shrink towards none unless
// several claims insist. τ itself is learnt from the sources by
// expectation-maximisation, shrunk toward 0.2, so that sources which
// scatter widely widen the doubt about their consensus. A source
// declared to relay another (UK updates citing Ukrainian daily figures)
// shares that source's b, and its figures within the span the relayed
// source covers are dropped as restatements, so the pair counts once.
// Because the consensus level is only
// pinned by the prior on the biases, the posterior of the level carries
// the doubt about where the sources' consensus lies (about τ/√sources),
// not only the scatter of claims around it: this is the honest width.
//
// A dense series (a source's daily to monthly running totals) is not a
// set of independent measurements: its errors accumulate. It enters as
// its first and last totals plus the increments between rows aggregated
// to at least a week, each increment a period count with its own noise.
// That is the exact likelihood of a series whose error is a random walk,
// needs no extra parameters, and leaves one bias for the whole series, so
// 1,600 daily rows give the shape of the curve but vote on its level as
// one source among the others.
//
// # Populations
//
// A claim may count soldiers (military), civilians, or everyone (all),
// or not say. Different populations are different quantities (the 1,200
// Israelis of every kind killed on 7 October 2023 are not a figure of
// the army's dead), so one fit never mixes them. Asked for a
// population, the engine uses the claims about it and those that name
// none. Asked for none, it fits the category's main population: the one
// that most of the category's usable claims name (on a tie, the one with
// more figures rather than bounds, then military before civilian before
// all), or, when no claim of the category names one, the one most
// claims of the categories fitted with it name. Claims that name no
// population join it; the others are left out, and Estimate.Population
// says which was fitted. The personnel categories fitted together all
// use the population chosen, so their arithmetic is that of one
// population.
//
// Derived claims, superseded claims, claims split by equipment status and
// claims whose period lies after their own publication are left out.
//
// # Inference
//
// The posterior mode over (u at knots, b) — at most a few hundred
// numbers — is found by Gauss-Newton with a line search: each claim's
// Jacobian row touches only the knots its period covers, so the Hessian
// is cheap to form and a dense Cholesky of a few hundred rows takes a
// millisecond; a running total's row is stored as a scale of the knots'
// whole weights, so forming the matrix costs O(knots) per claim. The
// Student-t errors make the posterior multimodal: from a flat start a
// fit may settle where a figure it could have passed through is written
// off. When a figure of a small problem lies beyond four of its
// standard deviations, the fit is made again from the mode under
// Gaussian errors and the better of the two modes is kept. The
// same matrix is the precision of a Laplace approximation. Its draws are
// Gaussian in the log rates, and along the shapes of the rate that no
// claim pins a sum of lognormal rates drifts upwards (a lone "likely
// 400,000–500,000" would read 530,000), so each draw is shifted along the
// level until its predictions of the claims match their linearisation
// at the mode. The draws become rate and total paths whose quantiles
// give the series, the rate bands, the bias intervals and the milestone
// dates.
//
// A report asks for each personnel category of an actor in turn, and
// each answer needs the joint fit of all of them. An Engine keeps its
// recent fits (at most 16, and about 256 MB of draws) keyed by what
// shapes them: actor, population, series range and step, relays, seed,
// settings, grid and a fingerprint of every claim read. A changed
// ledger therefore reads as a new key, so an engine that lives as long
// as a server never answers from a stale fit. Milestones are not part
// of the key: each draw's parameters are kept, and the day its total
// crosses a milestone is read from them on request.
//
// The prior settings (Params) are those the calibration test checks:
// over synthetic wars with sources of random bias and claims of every
// shape, the 90% intervals hold the truth about 90% of the time and the
// 50% intervals about half the time.
//
// # Categories together
//
// For the personnel categories the arithmetic of claims.md (killed ≤
// killed_or_missing ≤ permanent_losses ≤ casualties; wounded, missing,
// captured ≤ casualties) is imposed draw by draw: each category is fitted
// on its own claims, and every joint draw is projected onto the ordering
// by isotonic regression on the log scale, weighted by how well each
// category is known. Isotonic regression is monotone in its inputs, so
// the projected totals still never fall.
package estimate
