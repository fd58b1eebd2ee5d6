<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tanhui::cli::AgeClasses</name>
    <message>
        <source>The raster holds stand ages: classify them by the 龄组 table for this species group (number or species, e.g. 杉木).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>north or south (with --age-group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natural or planted (with --age-group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year the raster&apos;s ages refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring date (YYYY-MM-DD): ages are rolled forward to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age-group table (CSV; default: the national table shipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups (1 = 幼 … 5 = 过熟) per carbon stratum (default &quot;young=1;middle=2;mature=3,4,5&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-year &quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species-group raster on the age raster&apos;s grid (values: the age table&apos;s species_group numbers); strata become group/origin/class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin raster on the age raster&apos;s grid, coded by --origin-codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of the origin raster (default &quot;1=natural;2=planted&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::AreasCommand</name>
    <message>
        <source>Area of each stratum of a categorical stand raster, in ha and mu: projected cell area, or ellipsoidal area per row for a geographic CRS. Without rules every distinct cell value is a stratum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum rules (JSON: values or min/max per stratum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a RASTER, or --stands with --rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand polygons (Shapefile, GeoPackage) instead of a raster; needs --rules with attribute conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project boundary (polygons): only cells whose centre lies inside count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform the boundary to the raster&apos;s CRS when they differ (otherwise a CRS mismatch is an error).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::BiomassCommand</name>
    <message>
        <source>Tree and plot biomass and carbon (AR-TOOL14 Appendix 1): AGB from each species&apos; allometric or volume equation, BGB from its root-shoot rule, carbon with its carbon fraction; per-hectare plot totals ready for &quot;tanhui-cli estimate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree tally: plot_id, species, dbh (cm); optional height (m), wd, status (alive/dead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species parameter table (default: the shipped set tanhui-default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root-shoot class table (default: IPCC 2006 Table 4.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of every plot, ha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot table: plot_id, area_ha or area_m2; optional stratum, slope_deg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default: plots and trees) or csv (plots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the per-tree results as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --trees and one of --plot-area-ha or --plots; --format is json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::ChangeCommand</name>
    <message>
        <source>Change in stock between two monitoring events, annualised. Either from two estimates written by &quot;tanhui-cli estimate&quot; (AR-TOOL14 Method A, Eq. 1-2), or from the same permanent plots measured twice (Method B, Eq. 3-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate JSON of the earlier event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate JSON of the later event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent plots at the earlier event (stratum, plot_id, value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same plots at the later event; their strata are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum areas at the later event (stratum, area_ha), for --to-plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the per-hectare value (default value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years between the two events; may be fractional (4 yr 5 mo = 4.417).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sided confidence level for Method B (default 0.90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project (default) or baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the earlier event (YYYY-MM-DD), instead of --years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the later event (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --years (or --from-date and --to-date) and either --from and --to, or --from-plots, --to-plots and --areas; --scenario is project or baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::Cli</name>
    <message>
        <source>Usage: tanhui-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest carbon-stock monitoring: stratify, estimate, compare and verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of Tanhui and of the libraries it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;tanhui-cli --help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a raster: size, grid, CRS, nodata (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratified estimate with uncertainty and discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock change between two monitoring events, annualised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sample plots for a target precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree and plot biomass, carbon and CO2e per hectare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo model uncertainty beside sampling uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum areas of a stand raster (ha, mu), true areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster values at points, with CRS transformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file: create, add-period, import, seal, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the seals of a project&apos;s sealed periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo forest farm (raster, plots, project file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the key pair that signs seals (Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be written to the standard output (%1): they are incomplete; do not use them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::CommandParser</name>
    <message numerus="yes">
        <source>expected %n file argument(s), got %1</source>
        <translation>
            <numerusform>expected %n file argument, got %1</numerusform>
            <numerusform>expected %n file arguments, got %1</numerusform>
        </translation>
    </message>
    <message>
        <source>option --%1: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::DemoCommand</name>
    <message>
        <source>Demo forest farm written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: give an empty or new directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a deterministic demo forest farm in DIR: a stand-age raster (China fir plantations, ages as of 2018), 30 permanent plots measured in 2021 and re-measured in 2024 with their tree tallies, and a project file that went through the workflow: strata of both dates, both stocks, 2021 sealed, the change 2021 → 2024 computed, 2024 a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::EstimateCommand</name>
    <message>
        <source>Stratified estimate of a per-hectare value (AR-TOOL14 Eq. 12-17): per-stratum mean, SD and SE, the stratified mean and total, the confidence interval with Student&apos;s t at df = n - M, the relative uncertainty and the conservative discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot table (CSV/XLSX) with columns stratum, plot_id and the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum table with columns stratum, area_ha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column holding the per-hectare value (default: value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sided confidence level (default 0.90; 0.95 as an option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project (discount lowers the value, default) or baseline (raises it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the finite-population correction with this plot area in ha (not part of AR-TOOL14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both --plots and --areas are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or csv; --scenario project or baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::KeygenCommand</name>
    <message>
        <source>Make the organisation&apos;s key pair for signing seals (Ed25519): the private key stays with whoever seals (tanhui-cli project seal --sign PRIVATE), the public key goes to the verifiers (tanhui-cli verify --trust PUBLIC), who then detect a seal made again without the private key. Neither file may exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key written to %1 (keep it safe: readable by you only), public key to %2 (give it to the verifiers): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key to write (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key to write (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::PlanCommand</name>
    <message>
        <source>Number of sample plots for a target precision (AR-TOOL03 v02.1.0), from pilot or earlier plots: total, allocation per stratum and plots still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured plots (stratum, plot_id, value): SD, mean and count per stratum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum areas (stratum, area_ha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the per-hectare value (default value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision: CI half-width as a fraction of the mean (default 0.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sided confidence level (default 0.90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot area in ha: use the finite-population form (Eq. 1) with N = A / plot area; without it, Eq. 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neyman (default, Eq. 4) or proportional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plots and --areas are required; --allocation is neyman or proportional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::ProjectCommand</name>
    <message>
        <source>Imported %1 plots and %2 trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 sealed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology, e.g. CCER-14-001-V01 or VM0047.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring period label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot table: plot_id, area_ha or area_m2; optional stratum, slope_deg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree tally: plot_id, species, dbh; optional height, wd, status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 recorded with its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer file to record (with add-layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raster, polygons or boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the layer holds: stands, age, species-group, origin or boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: a new draft revision was opened; the sealed one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a period&apos;s plots and tree tally, all or nothing: every problem is listed with file, row and column, and nothing is written while one remains. With --place-raster or --place-stands, plots are placed in strata by their coordinates: plots without a recorded stratum get the map&apos;s, a recorded one is kept and a disagreement is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place plots in strata on this stand raster (with --rules or --age-group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place plots in strata by the stand polygons they lie in (with --rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum rules of the map (as for areas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easting or longitude column (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northing or latitude column (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS of the plot coordinates, e.g. EPSG:4490 (CGCS2000) or EPSG:4527.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausibility limits of %1 set to [%2, %3] for this project (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a sealed period is revised, or a limit changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set-limit: dbh_cm, height_m, plot_area_ha, slope_deg or stand_age_years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set-limit: lowest value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set-limit: highest value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal receipt written to %1: give it to the verifier, who checks it with tanhui-cli verify --receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With seal: also write the seal receipt a verifier keeps to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) of these rows, not listed.</source>
        <translation>
            <numerusform>… and %n more problem of these rows, not listed.</numerusform>
            <numerusform>… and %n more problems of these rows, not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>With seal: sign the seal with this Ed25519 private key (tanhui-cli keygen makes one); verifiers check it with verify --trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on a project file (.tanhui). Actions: create, add-layer, stratify, add-period, import, compute, compare, net-removals, seal, revise, limits, set-limit, properties, set-properties, export (see `project ACTION --help` for stratify, import, compute, compare, properties and net-removals). Every change is one transaction and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tanhui-cli project ACTION FILE [options]; ACTION is create, add-layer, stratify, add-period, import, compute, compare, net-removals, seal, revise, limits, set-limit, properties, set-properties or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, add-layer, stratify, add-period, import, compute, compare, net-removals, seal, revise, limits, set-limit, properties, set-properties or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1 plots and %2 trees would be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything as the import would, and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot coordinates recorded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::ProjectProperties</name>
    <message>
        <source>Show the project&apos;s properties (set-properties changes those given): what a report&apos;s title block and a registry need. Changes are audited; the name and methodology are kept once a period is sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period&apos;s net removals: its stock change less project emissions, baseline removals and leakage (t CO2e over the period&apos;s monitoring interval), each with its uncertainty (90 % CI, percent) and source, or stated zero with the reason. Terms given are stored (audited) before the table is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project properties set (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: period %1 has no %2 entered yet: its net removals are not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: period %1 has no stock change yet (project compare): its net removals are not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%1-zero exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --%1-uncertainty and --%1-source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, t CO2e over the monitoring interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its uncertainty, percent (90 % CI half-width).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the value comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term is zero: why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set-properties: the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring period label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 sets a value: use project set-properties (project properties only shows them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::ProjectWorkflow</name>
    <message>
        <source>Record strata and their areas in a project: after --, the arguments of `tanhui-cli areas` (raster with rules or age groups, or --stands), which are run and kept with the result; or --areas with a table of stratum, area_ha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a period&apos;s carbon stock from its imported plots and trees with a stratification and a parameter set, both stored in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock change of a period against the previous one (or --with): Method B (paired permanent plots) when both measured the same plots, else Method A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratification %1: %2 strata, %3 ha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 → %2 (Method %3): %4 t CO2e, %5 t CO2e/yr, uncertainty %6 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After --: arguments of tanhui-cli areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the stratification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of strata: stratum, area_ha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring period label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratification name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species parameter table (default: the shipped set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root-shoot classes (default: IPCC 2006 Table 4.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence level (default 0.90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier period (default: the previous one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), A or B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: stock %2 t CO2e, uncertainty %3 % (%4 % CI), discount %5 %, conservative stock %6 t CO2e.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::RasterInfoCommand</name>
    <message>
        <source>Describe a raster&apos;s grid, CRS and nodata as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster file (GeoTIFF, VRT, or anything GDAL reads)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::SampleCommand</name>
    <message>
        <source>Raster values at points (plots): the points are transformed to the raster&apos;s CRS with PROJ; each gets its row, column and value, or is reported as outside the raster or on nodata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster to sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: CSV/XLSX with coordinate columns, or a point layer (SHP, GPKG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X or longitude column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y or latitude column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point id column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS of the coordinates, e.g. EPSG:4490 (CGCS2000) or EPSG:4527.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum rules (as for areas): each point gets the stratum of its cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the stratum recorded in the field; points whose recorded stratum differs from the map&apos;s are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand polygons instead of a raster: each point gets the stand it lies in and that stand&apos;s stratum by --rules (attribute conditions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::UncertaintyCommand</name>
    <message>
        <source>Monte Carlo propagation of parameter and allometric uncertainty to the stratified total CO2e, beside the analytic sampling uncertainty, with a variance budget. The species table&apos;s *_rsd and residual_sd_log columns give the uncertainties; empty means exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree tally (as for biomass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot table with plot_id, stratum, area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum areas (stratum, area_ha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species parameter table (default: shipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root-shoot class table (default: IPCC 2006 Table 4.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo iterations (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 20261124).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trees, --plots and --areas are required; --iterations, --seed and --threads are whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::cli::VerifyCommand</name>
    <message>
        <source>%1 (revision %2): matches its seal %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2): DIFFERS from its seal: sealed %3, content now %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the link to the previously sealed period is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sealed period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: unchanged since it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: MISSING or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: CHANGED since it was recorded: %2, now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every sealed period of a project: its content hashed again must equal its seal, each seal must follow the one before, and its results recomputed from the stored plots, trees, parameter set and stratification must be identical; and every layer file must still have the SHA-256 it was recorded with. Exit code 1 if any does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2): %3 result values recomputed from the stored inputs, all identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2): results could NOT be recomputed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 %2: stored %3, recomputed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (revision %2): %n result value(s) DIFFER when recomputed:</source>
        <translation>
            <numerusform>%1 (revision %2): %n result value DIFFERS when recomputed:</numerusform>
            <numerusform>%1 (revision %2): %n result values DIFFER when recomputed:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (revision %2): no results were stored with it, nothing to recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1: %2 (revision %3) still holds the seal it was given, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1: of ANOTHER project (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1: %2 (revision %3) is NO LONGER SEALED in this project (its seal or the period was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1: %2 (revision %3) was SEALED AGAIN with other content: the receipt holds %4, the project now %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1: %2 is no longer seal %3 of the chain: seals before it were removed or added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seal receipt kept from the sealing (repeat for several): the project must still hold that seal, with that digest, at that place of its chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a SEALED PERIOD WAS DELETED (the audit log records its seal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its SEAL WAS REMOVED (the audit log records the seal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its SEAL WAS REPLACED: the audit log records %2, the period now holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SEALED BUT MARKED %2: a sealed period is submitted or verified; its status was changed outside Tanhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n row(s), each linked to the one before by its hash</source>
        <translation>
            <numerusform>audit log: %n row, linked to the one before by its hash</numerusform>
            <numerusform>audit log: %n rows, each linked to the one before by its hash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: the last %n row(s) were written outside Tanhui since its last change (not yet linked)</source>
        <translation>
            <numerusform>audit log: the last row was written outside Tanhui since its last change (not yet linked)</numerusform>
            <numerusform>audit log: the last %n rows were written outside Tanhui since its last change (not yet linked)</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log: BROKEN at row %1: it, or a row before it, was CHANGED or DELETED after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log: BROKEN before row %1: the links of rows before it were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log: BROKEN: row %1 was DELETED after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by the trusted key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by key %2 (not among the keys given with --trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its SIGNATURE IS INVALID (key %2): the seal or its signature was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT SIGNED by a trusted key: the seal may have been made again by someone without the organisation&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of an organisation whose signature every seal must bear (repeat for several; tanhui-cli keygen makes the pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what differs from the sealed content: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked (written outside Tanhui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: a user, an action (seal, update, delete…), a table, a value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies); SQLite&apos;s triggers write a row for every change, whoever makes it.</source>
        <translation>
            <numerusform>%n entry; SQLite&apos;s triggers write a row for every change, whoever makes it.</numerusform>
            <numerusform>%n entries; SQLite&apos;s triggers write a row for every change, whoever makes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tanhui::ui::ErrorText</name>
    <message>
        <source>invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file format is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is outside the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the equation cannot be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer has no coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layers use different coordinate reference systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rasters are not on the same grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project database reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file was written by a newer version of Tanhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>joins the parts of a location</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (technical detail)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>location: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has another number of cells than the header (an unquoted comma, such as a decimal comma in 5,9, splits a cell: quote the cell or write 5.9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::ImportWizard</name>
    <message>
        <source>Import field data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plot table and the tree tally of one monitoring period: CSV, XLSX, Shapefile or GeoPackage. Nothing is written until the check has found no problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring period to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.ods *.shp *.gpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked as the import checks it; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found, by file, row and column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the problems as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was written. Correct the files and check again.</source>
        <translation>
            <numerusform>%n problem found; nothing was written. Correct the files and check again.</numerusform>
            <numerusform>%n problems found; nothing was written. Correct the files and check again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found: %1 plots and %2 trees will be imported into period %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the plots in strata by their coordinates on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: keep the strata the plot table records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place plots by &amp;location on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map of %1: %2 plots placed by location; %3 recorded strata differ from the map&apos;s (kept, flagged); %4 plots in no stratum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MainWindow</name>
    <message>
        <source>Tanhui — forest carbon monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tanhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tanhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tanhui %1&lt;/h3&gt;&lt;p&gt;Forest carbon-stock monitoring for CCER and VCS projects: stratification by age class, carbon stocks with their uncertainty, stock change between monitoring periods.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo forest farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tanhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was saved by a newer Tanhui. Open it with that version, or update Tanhui; this version leaves the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a Tanhui project. Choose a .tanhui file made by Tanhui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a readable Tanhui project: damaged, or another kind of file named .tanhui. Open a backup copy; keep this file for examination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not there (moved, renamed or on a drive not connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanhui cannot read or write it here. Check that the file and its folder are writable (not read-only, not on a locked share), or copy it to your own folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanhui projects (*.tanhui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo forest farm in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute the stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise the sealed period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices of the last job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the stock of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: stock %2 t CO2e, uncertainty %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 sealed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a revision of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft revision of %1 was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the stock of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stratification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the monitoring period %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the sealed period %1 corrected? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export tables as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the tables to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>%n table written to %1.</numerusform>
            <numerusform>%n tables written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the tables into an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from %1: %2 t CO2e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its plots and trees, its results, the parameter sets and stratifications they used, every layer&apos;s hash, the audit log&apos;s hash chain and the previous seal are hashed into the seal. The period then becomes submitted and read-only: corrections go into a revision, with a reason. Signed with your organisation&apos;s private key (tanhui-cli keygen makes one), a verifier who trusts its public key can tell the seal is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal and si&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key to sign the seal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM keys (*.key *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Net removals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project p&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the project&apos;s properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s properties were saved (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the net removals of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net removals of %1 saved; not complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net removals of %1: %2 t CO2e, conservative %3 t CO2e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tratify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the strata %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stratification %1 recorded: %n stratum(s), %2 ha.</source>
        <translation>
            <numerusform>Stratification %1 recorded: %n stratum, %2 ha.</numerusform>
            <numerusform>Stratification %1 recorded: %n strata, %2 ha.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import field data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the field data of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 plots and %2 trees into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s own species table (empty: the shipped set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set shipped with Tanhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A species table is checked before it is used: every equation must compile and every row name its status and source; it is stored whole in the project. Rows not CONFIRMED are named in the notices. Confidence level 90 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;monitoring period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the monitoring period %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring period %1 added (%2 – %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field data goes into a monitoring period that is not sealed, and the project has none: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 — the carbon strata, from a stand raster or stand polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1, then %2 — its plots and their trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every period is sealed. Next: %1 for the next measurement, or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 — the plots and trees of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: select %1 in the explorer, then %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: select %1 and check its results; %2 for its other terms, then %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No stock has been computed for it: the seal holds its field data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Its stock rests on parameters not CONFIRMED (%1): the seal records them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 — its plots and their trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;Select a monitoring period to see its results, a stratification to see its map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapCanvas</name>
    <message>
        <source>No cell here: the point lies outside the stand raster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapDecorations</name>
    <message>
        <source>%1  %2 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapExportDialog</name>
    <message>
        <source>Export the map as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the picture in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the picture in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of the picture in dots per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write the picture to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the picture to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed size of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 cm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapLayerList</name>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand edges, boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map layers, topmost first: check to show, drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the selected layer higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the selected layer lower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapPanel</name>
    <message>
        <source>Longitude %1°, latitude %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easting %1 m, northing %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the carbon strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to pan, the wheel or + and − to zoom, Home for the whole map; a click identifies the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the map of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map of %1 is not drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no overviews: a view of the whole map reads every cell and is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodata: in no stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1: an age beyond the plausible, in no stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1: in no stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1: stratum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell column %1, row %2 (centre E %3, N %4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build &amp;overviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build overviews of the stand raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the overviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the overviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build overviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build overviews of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller copies of the raster, for views of the whole map, are written beside it into %1.ovr. The raster itself is not changed: its SHA-256 stays as the project recorded it. Each overview cell takes the most frequent stratum code of the cells it covers (mode), or the code of the cell nearest its centre (faster); codes are never averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the &amp;most frequent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the &amp;nearest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overviews could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3 pixels, %4 dpi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plots on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the plot &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plot identified in the plot table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locating the plots of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plots of %1 are not drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot of %1, in its stratum&apos;s colour (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stratum differs from the map (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no stratum of the map (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) of %1 drawn</source>
        <translation>
            <numerusform>%n plot of %1 drawn</numerusform>
            <numerusform>%n plots of %1 drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a recorded stratum that differs from the map&apos;s</source>
        <translation>
            <numerusform>%n with a recorded stratum that differs from the map&apos;s</numerusform>
            <numerusform>%n with a recorded stratum that differs from the map&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in no stratum of the map</source>
        <translation>
            <numerusform>%n in no stratum of the map</numerusform>
            <numerusform>%n in no stratum of the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) have no coordinates.</source>
        <translation>
            <numerusform>%n plot has no coordinates.</numerusform>
            <numerusform>%n plots have no coordinates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) are not drawn: the CRS of their coordinates was not recorded at import.</source>
        <translation>
            <numerusform>%n plot is not drawn: the CRS of its coordinates was not recorded at import.</numerusform>
            <numerusform>%n plots are not drawn: the CRS of their coordinates was not recorded at import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) cannot be transformed into the map&apos;s CRS.</source>
        <translation>
            <numerusform>%n plot cannot be transformed into the map&apos;s CRS.</numerusform>
            <numerusform>%n plots cannot be transformed into the map&apos;s CRS.</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they differ: the recorded stratum is the one counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map puts it in no stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 t CO2e/ha in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stock computed for %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tree(s)</source>
        <translation>
            <numerusform>%n tree</numerusform>
            <numerusform>%n trees</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <comment>plots drawn: differing, outside</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) are not drawn: their CRS has no transformation into the map&apos;s (%1).</source>
        <translation>
            <numerusform>%n plot is not drawn: its CRS has no transformation into the map&apos;s (%1).</numerusform>
            <numerusform>%n plots are not drawn: their CRS has no transformation into the map&apos;s (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>longitude %1°, latitude %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E %1, N %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot %1 (%2): recorded stratum %3, the map&apos;s %4 (%5); %6; %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project boundary: strata counted inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stand polygon(s)</source>
        <translation>
            <numerusform>%n stand polygon</numerusform>
            <numerusform>%n stand polygons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1: outside the project boundary, in no stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodata, outside the project boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1: in no stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule takes it: in no stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stratum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand %1 of %2 at %3 (%4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project boundary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::NetRemovalsDialog</name>
    <message>
        <source>Project emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net removals of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net removals = the stock change − project emissions − baseline removals − leakage (METHODOLOGY 3.6; the exact form for CCER is UNCONFIRMED). Enter each term in t CO2e over the period&apos;s monitoring interval, with its uncertainty (half-width of the 90 % confidence interval, % of the value) and its source, or state that it is zero and why. The discount of AR-TOOL14 Appendix 2 is applied to each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source, or why it is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in t CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty of %1 in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of %1, or why it is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stated as zero: say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value in t CO2e is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the uncertainty in percent is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say where the value comes from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::NewPeriodDialog</name>
    <message>
        <source>New monitoring period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period needs a label, e.g. the year it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has a period %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change between two periods is reported over the years between their last days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the project file goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanhui projects (*.tanhui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: choose another file (a project is never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet: it will be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::NoticeText</name>
    <message>
        <source>Note: the parameters of %1 are not CONFIRMED (%2); verify them before submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the age-group row %1 is not CONFIRMED (%2); verify it before submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n tree(s) lie outside the DBH or height range of their equation; they are computed as measured, not clamped.</source>
        <translation>
            <numerusform>Note: %n tree lies outside the DBH or height range of its equation; it is computed as measured, not clamped.</numerusform>
            <numerusform>Note: %n trees lie outside the DBH or height range of their equation; they are computed as measured, not clamped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 has only a ballpark transformation in PROJ (&quot;%2&quot;, accuracy unknown): the datums are treated as identical. For Beijing 1954 or Xian 1980 coordinates give a CRS with published datum parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 are taken as WGS 84 longitude and latitude (EPSG:4326); give the CRS if they are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n point(s) lie outside the raster.</source>
        <translation>
            <numerusform>Note: %n point lies outside the raster.</numerusform>
            <numerusform>Note: %n points lie outside the raster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n point(s) lie on nodata cells.</source>
        <translation>
            <numerusform>Note: %n point lies on a nodata cell.</numerusform>
            <numerusform>Note: %n points lie on nodata cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n point(s) lie in no stand.</source>
        <translation>
            <numerusform>Note: %n point lies in no stand.</numerusform>
            <numerusform>Note: %n points lie in no stand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n plot(s) have a recorded stratum that differs from the map&apos;s (the first: %1); the recorded stratum is kept.</source>
        <translation>
            <numerusform>Note: %n plot has a recorded stratum that differs from the map&apos;s (%1); the recorded stratum is kept.</numerusform>
            <numerusform>Note: %n plots have a recorded stratum that differs from the map&apos;s (the first: %1); the recorded stratum is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n plot(s) lie in no stratum of the map.</source>
        <translation>
            <numerusform>Note: %n plot lies in no stratum of the map.</numerusform>
            <numerusform>Note: %n plots lie in no stratum of the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n plot(s) without a recorded stratum were given the map&apos;s stratum at their location.</source>
        <translation>
            <numerusform>Note: %n plot without a recorded stratum was given the map&apos;s stratum at its location.</numerusform>
            <numerusform>Note: %n plots without a recorded stratum were given the map&apos;s stratum at their location.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n stand(s) match no rule; their area is reported as unclassified.</source>
        <translation>
            <numerusform>Note: %n stand matches no rule; its area is reported as unclassified.</numerusform>
            <numerusform>Note: %n stands match no rule; their area is reported as unclassified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locating plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n cell(s) of %1 hold an age above %2 years, beyond any plausible stand age (a code such as 255, or a year?); they are not classified.</source>
        <translation>
            <numerusform>Note: %n cell of %1 holds an age above %2 years, beyond any plausible stand age (a code such as 255, or a year?); it is not classified.</numerusform>
            <numerusform>Note: %n cells of %1 hold an age above %2 years, beyond any plausible stand age (a code such as 255, or a year?); they are not classified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the conservative stock of period %1 is below zero (%2 t CO2e): its uncertainty exceeds 100 %; measure more plots before claiming anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n stratum/strata have no area (the first: %1); plots in them cannot be expanded to the project.</source>
        <translation>
            <numerusform>Note: %n stratum has no area (%1); plots in it cannot be expanded to the project.</numerusform>
            <numerusform>Note: %n strata have no area (the first: %1); plots in them cannot be expanded to the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the coordinates of %n plot(s) are kept as recorded, but their CRS was not given: they cannot be drawn on the map. Give the CRS when importing.</source>
        <translation>
            <numerusform>Note: the coordinates of %n plot are kept as recorded, but their CRS was not given: it cannot be drawn on the map. Give the CRS when importing.</numerusform>
            <numerusform>Note: the coordinates of %n plots are kept as recorded, but their CRS was not given: they cannot be drawn on the map. Give the CRS when importing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tanhui::ui::ParameterView</name>
    <message>
        <source>Species parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter set %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read from %1, SHA-256 %2. %n species row(s); rows not CONFIRMED (marked ⚠) must be verified against their source before submission.</source>
        <translation>
            <numerusform>Read from %1, SHA-256 %2. %n species row; a row not CONFIRMED (marked ⚠) must be verified against its source before submission.</numerusform>
            <numerusform>Read from %1, SHA-256 %2. %n species rows; rows not CONFIRMED (marked ⚠) must be verified against their source before submission.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not CONFIRMED: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::PeriodView</name>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (t CO2e/ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD (t CO2e/ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE (t CO2e/ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (t CO2e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon stock per stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 · %3 · revision %4 · %n plot(s)</source>
        <translation>
            <numerusform>%1 – %2 · %3 · revision %4 · %n plot</numerusform>
            <numerusform>%1 – %2 · %3 · revision %4 · %n plots</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed, SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock %1 t CO2e, uncertainty %2 % (%3 % confidence), discount %4 %, conservative stock %5 t CO2e. Stratification %6, parameters %7; %8 plots, %9 trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Parameters not CONFIRMED: %1 — verify them before submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 → %2 (method %3, %4 years): %5 t CO2e, %6 t CO2e per year, uncertainty %7 %, discount %8 %, conservative change %9 t CO2e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change against an earlier period computed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the mean stock per stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the stock over the periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots needed per stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots needed for ±10 % at 90 % confidence (AR-TOOL03): cannot be planned from this stock (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots needed for ±10 % of the mean at 90 % confidence (AR-TOOL03, Neyman allocation): %1 in all, %2 still to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative (t CO2e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net removals term by term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net removals (METHODOLOGY 3.6; exact form for CCER UNCONFIRMED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 t CO2e, conservative %2 t CO2e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stock change against the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not complete, still wanting %1 (Project ▸ Net removals…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 → %2 (AR-TOOL14 method %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (one plot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % CI (t CO2e/ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock computed for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock computed for this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::PlotsView</name>
    <message>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBH (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wood density (g/cm³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row in the tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trees of the selected plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plot to see its trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s); select one to see its trees.</source>
        <translation>
            <numerusform>%n plot; select it to see its trees.</numerusform>
            <numerusform>%n plots; select one to see its trees.</numerusform>
        </translation>
    </message>
    <message>
        <source>alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plot %1: %n tree(s).</source>
        <translation>
            <numerusform>Plot %1: %n tree.</numerusform>
            <numerusform>Plot %1: %n trees.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show on the &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected plot on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::ProjectModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED since recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n strata, %2 ha</source>
        <translation>
            <numerusform>%1: %n stratum, %2 ha</numerusform>
            <numerusform>%1: %n strata, %2 ha</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sealed %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 t CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n species, %1 not CONFIRMED</source>
        <translation>
            <numerusform>%n species, %1 not CONFIRMED</numerusform>
            <numerusform>%n species, %1 not CONFIRMED</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>species group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by raster value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by raster rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stratum recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stratum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select to see plot %1 on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::PropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID or registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project proponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the crediting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the crediting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province, county, township; coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the boundary is defined: map, layer, area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;ID / registration no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proponent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crediting period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crediting period &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is sealed, and its seal covers the project&apos;s name and methodology: they stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is kept in the audit log, with its values before and after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::StartPage</name>
    <message>
        <source>Tanhui — forest carbon monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project holds the stand layers, the carbon strata, the sample plots of every monitoring period and the results a verifier checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo forest farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo forest farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::StockCharts</name>
    <message>
        <source>Mean stock per stratum (%1 % confidence interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon stock over the monitoring periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t CO2e/ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::StratifyDialog</name>
    <message>
        <source>Stratify the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the stratification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the strata are made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-age raster, by the age-group (龄组) table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand polygons (小班), by stratum rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the area of each stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of each stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels or stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the areas to see them before anything is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record these strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-age raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-&amp;age raster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species-group raster (optional, same grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species-group raster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin raster (optional, same grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin raster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species group of the age-group table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of the age-group table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin of the stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age-group table row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages refer to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the ages forward from their base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base year of the ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>young</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups of the %1 stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups (1 幼 … 5 过熟):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand polygons (Shapefile, GeoPackage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand &amp;polygons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum rules (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum &amp;rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 ha (%2 mu) in %n stratum(s); CRS %3; area by %4.</source>
        <translation>
            <numerusform>%1 ha (%2 mu) in %n stratum; CRS %3; area by %4.</numerusform>
            <numerusform>%1 ha (%2 mu) in %n strata; CRS %3; area by %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 ha not in any stratum (%2 pixels or stands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ha of nodata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::TablePage</name>
    <message>
        <source>The eastings have 8 digits (the zone number in front), but this CRS has none: choose its &quot;zone&quot; form (e.g. CGCS2000 / 3-degree Gauss-Kruger zone 39).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eastings have 6 digits (no zone number), but this CRS expects the zone in front: choose its &quot;CM&quot; form (e.g. CGCS2000 / 3-degree Gauss-Kruger CM 117E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone number in front of the eastings is not this CRS&apos;s zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Easting column seems to hold northings (Gauss-Krüger sheets often call the northing X): swap Easting and Northing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CRS is in degrees, but the coordinates are not longitudes and latitudes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots: columns and coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree tally: columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the text reads right and that each field is in its column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of the file&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate reference system of the plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type an EPSG code or a name: 4527, CGCS2000, Xian 1980…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates&apos; &amp;CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot id (样地号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot area, ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot area, m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope, degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easting (or longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northing (or latitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species (树种)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBH, cm (胸径)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height, m (树高)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wood density, t/m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive or dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: the plots have no coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1; the first %n row(s) shown.</source>
        <translation>
            <numerusform>Read as %1; the first row shown.</numerusform>
            <numerusform>Read as %1; the first %n rows shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CRS the coordinates were surveyed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the CRS of the project&apos;s stand raster: check that the plots were surveyed in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tanhui::ui::VerifyDialog</name>
    <message>
        <source>✔ holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ DIFFERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check holds: the seals, their chain, the results recomputed from the stored inputs and the layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something differs: see the checks marked ✘ below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed %1, content now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the seal before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not follow the seal before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1, the period now holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1, the period is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period is sealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) compared</source>
        <translation>
            <numerusform>%n value compared</numerusform>
            <numerusform>%n values compared</numerusform>
        </translation>
    </message>
    <message>
        <source>stored %1, recomputed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged, SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1, the file now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (recorded %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed but marked %1: changed outside Tanhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), each linked to the one before by its hash</source>
        <translation>
            <numerusform>%n row, linked to the one before by its hash</numerusform>
            <numerusform>%n rows, each linked to the one before by its hash</numerusform>
        </translation>
    </message>
    <message>
        <source>broken before row %1: links removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken: row %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken at row %1: it, or a row before it, was changed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written outside Tanhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the last %n row(s), since Tanhui&apos;s last change</source>
        <translation>
            <numerusform>the last row, since Tanhui&apos;s last change</numerusform>
            <numerusform>the last %n rows, since Tanhui&apos;s last change</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed by a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: the seal or its signature was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(differs in: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
