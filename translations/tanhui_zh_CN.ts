<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>tanhui::cli::AgeClasses</name>
    <message>
        <source>The raster holds stand ages: classify them by the 龄组 table for this species group (number or species, e.g. 杉木).</source>
        <translation>栅格值为林分年龄：按该树种组（组号或树种，如 杉木）的龄组划分表分类。</translation>
    </message>
    <message>
        <source>north or south (with --age-group).</source>
        <translation>north（北方）或 south（南方），与 --age-group 一起使用。</translation>
    </message>
    <message>
        <source>natural or planted (with --age-group).</source>
        <translation>natural（天然）或 planted（人工），与 --age-group 一起使用。</translation>
    </message>
    <message>
        <source>Year the raster&apos;s ages refer to.</source>
        <translation>栅格中年龄所对应的年份。</translation>
    </message>
    <message>
        <source>Monitoring date (YYYY-MM-DD): ages are rolled forward to it.</source>
        <translation>监测日期（YYYY-MM-DD）：年龄将推算到该日期。</translation>
    </message>
    <message>
        <source>Age-group table (CSV; default: the national table shipped).</source>
        <translation>龄组划分表（CSV；默认：随软件提供的国家表）。</translation>
    </message>
    <message>
        <source>Age groups (1 = 幼 … 5 = 过熟) per carbon stratum (default &quot;young=1;middle=2;mature=3,4,5&quot;).</source>
        <translation>各碳层包含的龄组（1 = 幼 … 5 = 过熟；默认 &quot;young=1;middle=2;mature=3,4,5&quot;）。</translation>
    </message>
    <message>
        <source>--base-year &quot;%1&quot; is not a year.</source>
        <translation>--base-year “%1”不是年份。</translation>
    </message>
    <message>
        <source>Species-group raster on the age raster&apos;s grid (values: the age table&apos;s species_group numbers); strata become group/origin/class.</source>
        <translation>与年龄栅格同格网的树种组栅格（值为龄组表中的 species_group 组号）；碳层变为 组/起源/类别。</translation>
    </message>
    <message>
        <source>Origin raster on the age raster&apos;s grid, coded by --origin-codes.</source>
        <translation>与年龄栅格同格网的起源栅格，编码见 --origin-codes。</translation>
    </message>
    <message>
        <source>Codes of the origin raster (default &quot;1=natural;2=planted&quot;).</source>
        <translation>起源栅格的编码（默认 &quot;1=natural;2=planted&quot;）。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::AreasCommand</name>
    <message>
        <source>Area of each stratum of a categorical stand raster, in ha and mu: projected cell area, or ellipsoidal area per row for a geographic CRS. Without rules every distinct cell value is a stratum.</source>
        <translation>计算分类林分栅格中各碳层的面积（公顷和亩）：投影坐标系按像元面积计算，地理坐标系按行计算椭球面积。未给出规则时，每个不同的像元值即为一个碳层。</translation>
    </message>
    <message>
        <source>Stand raster.</source>
        <translation>林分栅格。</translation>
    </message>
    <message>
        <source>Stratum rules (JSON: values or min/max per stratum).</source>
        <translation>碳层规则（JSON：每个碳层的取值列表或 min/max）。</translation>
    </message>
    <message>
        <source>Band (default 1).</source>
        <translation>波段（默认 1）。</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>工作线程数（默认：全部核心）。</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json（默认）或 csv。</translation>
    </message>
    <message>
        <source>Give a RASTER, or --stands with --rules.</source>
        <translation>请给出栅格（RASTER），或给出 --stands 及 --rules。</translation>
    </message>
    <message>
        <source>Stand polygons (Shapefile, GeoPackage) instead of a raster; needs --rules with attribute conditions.</source>
        <translation>以小班面（Shapefile、GeoPackage）代替栅格；需要带属性条件的 --rules。</translation>
    </message>
    <message>
        <source>Project boundary (polygons): only cells whose centre lies inside count.</source>
        <translation>项目边界（面）：只统计中心点位于边界内的像元。</translation>
    </message>
    <message>
        <source>Transform the boundary to the raster&apos;s CRS when they differ (otherwise a CRS mismatch is an error).</source>
        <translation>当边界与栅格的坐标参照系不同时，将边界转换到栅格的坐标参照系（否则坐标参照系不一致即报错）。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::BiomassCommand</name>
    <message>
        <source>Tree and plot biomass and carbon (AR-TOOL14 Appendix 1): AGB from each species&apos; allometric or volume equation, BGB from its root-shoot rule, carbon with its carbon fraction; per-hectare plot totals ready for &quot;tanhui-cli estimate&quot;.</source>
        <translation>单木与样地的生物量和碳储量（AR-TOOL14 附录 1）：地上生物量由各树种的异速生长方程或材积方程计算，地下生物量由其根茎比规则计算，碳由含碳率计算；输出可直接用于“tanhui-cli estimate”的样地每公顷值。</translation>
    </message>
    <message>
        <source>Tree tally: plot_id, species, dbh (cm); optional height (m), wd, status (alive/dead).</source>
        <translation>每木检尺表：plot_id、species、dbh（厘米）；可选 height（米）、wd、status（alive/dead）。</translation>
    </message>
    <message>
        <source>Species parameter table (default: the shipped set tanhui-default).</source>
        <translation>树种参数表（默认：随软件提供的 tanhui-default 参数集）。</translation>
    </message>
    <message>
        <source>Root-shoot class table (default: IPCC 2006 Table 4.4).</source>
        <translation>根茎比分级表（默认：IPCC 2006 表 4.4）。</translation>
    </message>
    <message>
        <source>Area of every plot, ha.</source>
        <translation>每个样地的面积（公顷）。</translation>
    </message>
    <message>
        <source>Plot table: plot_id, area_ha or area_m2; optional stratum, slope_deg.</source>
        <translation>样地表：plot_id、area_ha 或 area_m2；可选 stratum、slope_deg。</translation>
    </message>
    <message>
        <source>json (default: plots and trees) or csv (plots).</source>
        <translation>json（默认：样地与单木）或 csv（样地）。</translation>
    </message>
    <message>
        <source>Also write the per-tree results as CSV.</source>
        <translation>同时将单木结果写入 CSV 文件。</translation>
    </message>
    <message>
        <source>Give --trees and one of --plot-area-ha or --plots; --format is json or csv.</source>
        <translation>请指定 --trees，并在 --plot-area-ha 与 --plots 中二选一；--format 须为 json 或 csv。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::ChangeCommand</name>
    <message>
        <source>Change in stock between two monitoring events, annualised. Either from two estimates written by &quot;tanhui-cli estimate&quot; (AR-TOOL14 Method A, Eq. 1-2), or from the same permanent plots measured twice (Method B, Eq. 3-8).</source>
        <translation>两次监测之间的碳储量变化及其年化值。可基于“tanhui-cli estimate”输出的两次估计（AR-TOOL14 方法 A，式 1–2），或基于同一批固定样地的两次测量（方法 B，式 3–8）。</translation>
    </message>
    <message>
        <source>Estimate JSON of the earlier event.</source>
        <translation>前一次监测的估计结果 JSON。</translation>
    </message>
    <message>
        <source>Estimate JSON of the later event.</source>
        <translation>后一次监测的估计结果 JSON。</translation>
    </message>
    <message>
        <source>Permanent plots at the earlier event (stratum, plot_id, value).</source>
        <translation>前一次监测的固定样地（stratum、plot_id、数值）。</translation>
    </message>
    <message>
        <source>The same plots at the later event; their strata are used.</source>
        <translation>后一次监测的同一批样地；采用其所属碳层。</translation>
    </message>
    <message>
        <source>Stratum areas at the later event (stratum, area_ha), for --to-plots.</source>
        <translation>后一次监测的碳层面积（stratum、area_ha），用于 --to-plots。</translation>
    </message>
    <message>
        <source>Column of the per-hectare value (default value).</source>
        <translation>单位面积值所在的列（默认 value）。</translation>
    </message>
    <message>
        <source>Years between the two events; may be fractional (4 yr 5 mo = 4.417).</source>
        <translation>两次监测间隔的年数，可为小数（4 年 5 个月 = 4.417）。</translation>
    </message>
    <message>
        <source>Two-sided confidence level for Method B (default 0.90).</source>
        <translation>方法 B 的双侧置信水平（默认 0.90）。</translation>
    </message>
    <message>
        <source>project (default) or baseline.</source>
        <translation>project（默认）或 baseline。</translation>
    </message>
    <message>
        <source>Date of the earlier event (YYYY-MM-DD), instead of --years.</source>
        <translation>前一次监测日期（YYYY-MM-DD），可代替 --years。</translation>
    </message>
    <message>
        <source>Date of the later event (YYYY-MM-DD).</source>
        <translation>后一次监测日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Give --years (or --from-date and --to-date) and either --from and --to, or --from-plots, --to-plots and --areas; --scenario is project or baseline.</source>
        <translation>请指定 --years（或 --from-date 与 --to-date），并同时给出 --from 与 --to，或 --from-plots、--to-plots 与 --areas；--scenario 须为 project 或 baseline。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::Cli</name>
    <message>
        <source>Usage: tanhui-cli &lt;command&gt; [options]</source>
        <translation>用法：tanhui-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Forest carbon-stock monitoring: stratify, estimate, compare and verify.</source>
        <translation>森林碳储量监测：分层、估算、比较与核查。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command name</source>
        <translation>显示本帮助；写在命令名之后则显示该命令的帮助</translation>
    </message>
    <message>
        <source>Show the version of Tanhui and of the libraries it uses</source>
        <translation>显示碳汇及其所用程序库的版本</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;tanhui-cli --help&quot; for the list.</source>
        <translation>未知命令“%1”。运行“tanhui-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Describe a raster: size, grid, CRS, nodata (JSON)</source>
        <translation>描述栅格：尺寸、格网、坐标参照系、无数据值（JSON）</translation>
    </message>
    <message>
        <source>Stratified estimate with uncertainty and discount</source>
        <translation>分层估计（含不确定性与保守扣减）</translation>
    </message>
    <message>
        <source>Stock change between two monitoring events, annualised</source>
        <translation>两次监测之间的碳储量变化（含年化）</translation>
    </message>
    <message>
        <source>Number of sample plots for a target precision</source>
        <translation>达到目标精度所需的样地数量</translation>
    </message>
    <message>
        <source>Tree and plot biomass, carbon and CO2e per hectare</source>
        <translation>单木与样地的生物量、碳及每公顷 CO2 当量</translation>
    </message>
    <message>
        <source>Monte Carlo model uncertainty beside sampling uncertainty</source>
        <translation>蒙特卡洛模型不确定性（与抽样不确定性并列）</translation>
    </message>
    <message>
        <source>Stratum areas of a stand raster (ha, mu), true areas</source>
        <translation>林分栅格各碳层的真实面积（公顷、亩）</translation>
    </message>
    <message>
        <source>Raster values at points, with CRS transformation</source>
        <translation>点位上的栅格值（含坐标转换）</translation>
    </message>
    <message>
        <source>Project file: create, add-period, import, seal, export</source>
        <translation>项目文件：创建、添加监测期、导入、封存、导出</translation>
    </message>
    <message>
        <source>Check the seals of a project&apos;s sealed periods</source>
        <translation>核对项目中已封存监测期的封存值</translation>
    </message>
    <message>
        <source>Create a demo forest farm (raster, plots, project file)</source>
        <translation>创建示范林场（栅格、样地、项目文件）</translation>
    </message>
    <message>
        <source>Make the key pair that signs seals (Ed25519)</source>
        <translation>生成用于签署封存的密钥对（Ed25519）</translation>
    </message>
    <message>
        <source>The results could not be written to the standard output (%1): they are incomplete; do not use them.</source>
        <translation>结果未能写入标准输出（%1）：结果不完整，请勿使用。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::CommandParser</name>
    <message numerus="yes">
        <source>expected %n file argument(s), got %1</source>
        <translation>
            <numerusform>应有 %n 个文件参数，实际为 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>option --%1: &quot;%2&quot; is not a number</source>
        <translation>选项 --%1：“%2”不是数值</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::DemoCommand</name>
    <message>
        <source>Demo forest farm written to %1</source>
        <translation>示范林场已写入 %1</translation>
    </message>
    <message>
        <source>%1 exists already: give an empty or new directory.</source>
        <translation>%1 已存在：请给出空目录或新目录。</translation>
    </message>
    <message>
        <source>Directory to create.</source>
        <translation>要创建的目录。</translation>
    </message>
    <message>
        <source>Create a deterministic demo forest farm in DIR: a stand-age raster (China fir plantations, ages as of 2018), 30 permanent plots measured in 2021 and re-measured in 2024 with their tree tallies, and a project file that went through the workflow: strata of both dates, both stocks, 2021 sealed, the change 2021 → 2024 computed, 2024 a draft.</source>
        <translation>在 DIR 中生成一个确定的示范林场：林龄栅格（杉木人工林，林龄截至 2018 年）、2021 年测定并于 2024 年复测的 30 个固定样地及其每木检尺表，以及一个走完工作流程的项目文件：两个时点的碳层、两期碳储量、2021 期已封存、已计算 2021 → 2024 的变化量，2024 期为草稿。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::EstimateCommand</name>
    <message>
        <source>Stratified estimate of a per-hectare value (AR-TOOL14 Eq. 12-17): per-stratum mean, SD and SE, the stratified mean and total, the confidence interval with Student&apos;s t at df = n - M, the relative uncertainty and the conservative discount.</source>
        <translation>对单位面积值进行分层估计（AR-TOOL14 式 12–17）：各层均值、标准差与标准误，分层均值与总量，按自由度 df = n − M 的 t 分布计算的置信区间，相对不确定性及保守扣减。</translation>
    </message>
    <message>
        <source>Plot table (CSV/XLSX) with columns stratum, plot_id and the value.</source>
        <translation>样地表（CSV/XLSX），含 stratum、plot_id 与数值列。</translation>
    </message>
    <message>
        <source>Stratum table with columns stratum, area_ha.</source>
        <translation>碳层表，含 stratum、area_ha 列。</translation>
    </message>
    <message>
        <source>Column holding the per-hectare value (default: value).</source>
        <translation>单位面积值所在的列（默认：value）。</translation>
    </message>
    <message>
        <source>Two-sided confidence level (default 0.90; 0.95 as an option).</source>
        <translation>双侧置信水平（默认 0.90；可选 0.95）。</translation>
    </message>
    <message>
        <source>project (discount lowers the value, default) or baseline (raises it).</source>
        <translation>project（扣减使数值降低，默认）或 baseline（使数值提高）。</translation>
    </message>
    <message>
        <source>Apply the finite-population correction with this plot area in ha (not part of AR-TOOL14).</source>
        <translation>以此样地面积（公顷）进行有限总体校正（不属于 AR-TOOL14）。</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json（默认）或 csv。</translation>
    </message>
    <message>
        <source>Both --plots and --areas are required.</source>
        <translation>必须同时指定 --plots 和 --areas。</translation>
    </message>
    <message>
        <source>--format must be json or csv; --scenario project or baseline.</source>
        <translation>--format 须为 json 或 csv；--scenario 须为 project 或 baseline。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::KeygenCommand</name>
    <message>
        <source>Make the organisation&apos;s key pair for signing seals (Ed25519): the private key stays with whoever seals (tanhui-cli project seal --sign PRIVATE), the public key goes to the verifiers (tanhui-cli verify --trust PUBLIC), who then detect a seal made again without the private key. Neither file may exist.</source>
        <translation>生成本单位用于签署封存的密钥对（Ed25519）：私钥由执行封存者保管（tanhui-cli project seal --sign 私钥），公钥交给核查机构（tanhui-cli verify --trust 公钥），核查机构据此可发现未使用私钥而重新做出的封存。两个文件都不得已存在。</translation>
    </message>
    <message>
        <source>Private key written to %1 (keep it safe: readable by you only), public key to %2 (give it to the verifiers): %3</source>
        <translation>私钥已写入 %1（请妥善保管：仅本人可读），公钥已写入 %2（请交给核查机构）：%3</translation>
    </message>
    <message>
        <source>The private key to write (PEM).</source>
        <translation>要写入的私钥（PEM）。</translation>
    </message>
    <message>
        <source>The public key to write (PEM).</source>
        <translation>要写入的公钥（PEM）。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::PlanCommand</name>
    <message>
        <source>Number of sample plots for a target precision (AR-TOOL03 v02.1.0), from pilot or earlier plots: total, allocation per stratum and plots still needed.</source>
        <translation>根据预备调查或以往样地计算达到目标精度所需的样地数量（AR-TOOL03 v02.1.0）：总数、各层分配及尚需补测的样地数。</translation>
    </message>
    <message>
        <source>Measured plots (stratum, plot_id, value): SD, mean and count per stratum.</source>
        <translation>已测样地（stratum、plot_id、数值）：用于各层标准差、均值和样地数。</translation>
    </message>
    <message>
        <source>Stratum areas (stratum, area_ha).</source>
        <translation>碳层面积（stratum、area_ha）。</translation>
    </message>
    <message>
        <source>Column of the per-hectare value (default value).</source>
        <translation>单位面积值所在的列（默认 value）。</translation>
    </message>
    <message>
        <source>Precision: CI half-width as a fraction of the mean (default 0.10).</source>
        <translation>精度：置信区间半宽占均值的比例（默认 0.10）。</translation>
    </message>
    <message>
        <source>Two-sided confidence level (default 0.90).</source>
        <translation>双侧置信水平（默认 0.90）。</translation>
    </message>
    <message>
        <source>Plot area in ha: use the finite-population form (Eq. 1) with N = A / plot area; without it, Eq. 2.</source>
        <translation>样地面积（公顷）：给出时采用有限总体公式（式 1），N = A / 样地面积；否则采用式 2。</translation>
    </message>
    <message>
        <source>neyman (default, Eq. 4) or proportional.</source>
        <translation>neyman（默认，式 4）或 proportional（按面积比例）。</translation>
    </message>
    <message>
        <source>--plots and --areas are required; --allocation is neyman or proportional.</source>
        <translation>必须指定 --plots 和 --areas；--allocation 须为 neyman 或 proportional。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::ProjectCommand</name>
    <message>
        <source>Imported %1 plots and %2 trees.</source>
        <translation>已导入 %1 个样地和 %2 株树。</translation>
    </message>
    <message>
        <source>Period %1 sealed: %2</source>
        <translation>监测期 %1 已封存：%2</translation>
    </message>
    <message>
        <source>%1 tables written to %2</source>
        <translation>已将 %1 张表写入 %2</translation>
    </message>
    <message>
        <source>Project %1 created.</source>
        <translation>项目 %1 已创建。</translation>
    </message>
    <message>
        <source>Period %1 added.</source>
        <translation>监测期 %1 已添加。</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>Project name.</source>
        <translation>项目名称。</translation>
    </message>
    <message>
        <source>Methodology, e.g. CCER-14-001-V01 or VM0047.</source>
        <translation>方法学，例如 CCER-14-001-V01 或 VM0047。</translation>
    </message>
    <message>
        <source>Monitoring period label.</source>
        <translation>监测期名称。</translation>
    </message>
    <message>
        <source>Start date, YYYY-MM-DD.</source>
        <translation>开始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>End date, YYYY-MM-DD.</source>
        <translation>结束日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Plot table: plot_id, area_ha or area_m2; optional stratum, slope_deg.</source>
        <translation>样地表：plot_id、area_ha 或 area_m2；可选 stratum、slope_deg。</translation>
    </message>
    <message>
        <source>Tree tally: plot_id, species, dbh; optional height, wd, status.</source>
        <translation>每木检尺表：plot_id、species、dbh；可选 height、wd、status。</translation>
    </message>
    <message>
        <source>Directory for export.</source>
        <translation>导出目录。</translation>
    </message>
    <message>
        <source>Layer %1 recorded with its SHA-256.</source>
        <translation>图层 %1 已连同其 SHA-256 登记。</translation>
    </message>
    <message>
        <source>Layer file to record (with add-layer).</source>
        <translation>要登记的图层文件（与 add-layer 一起使用）。</translation>
    </message>
    <message>
        <source>raster, polygons or boundary.</source>
        <translation>raster（栅格）、polygons（面）或 boundary（边界）。</translation>
    </message>
    <message>
        <source>What the layer holds: stands, age, species-group, origin or boundary.</source>
        <translation>图层内容：stands（林分）、age（林龄）、species-group（树种组）、origin（起源）或 boundary（边界）。</translation>
    </message>
    <message>
        <source>Period %1: a new draft revision was opened; the sealed one is kept.</source>
        <translation>监测期 %1：已新建草稿修订版；已封存的版本保留不变。</translation>
    </message>
    <message>
        <source>Import a period&apos;s plots and tree tally, all or nothing: every problem is listed with file, row and column, and nothing is written while one remains. With --place-raster or --place-stands, plots are placed in strata by their coordinates: plots without a recorded stratum get the map&apos;s, a recorded one is kept and a disagreement is reported.</source>
        <translation>导入一个监测期的样地与每木检尺表，要么全部导入，要么全不导入：每个问题都列出文件、行和列，只要仍有问题就不写入任何数据。给出 --place-raster 或 --place-stands 时，按坐标将样地落入碳层：未记录碳层的样地取地图上的碳层，已记录的予以保留，不一致之处会报告。</translation>
    </message>
    <message>
        <source>Place plots in strata on this stand raster (with --rules or --age-group).</source>
        <translation>按此林分栅格将样地落入碳层（与 --rules 或 --age-group 一起使用）。</translation>
    </message>
    <message>
        <source>Place plots in strata by the stand polygons they lie in (with --rules).</source>
        <translation>按样地所在的小班面将其落入碳层（与 --rules 一起使用）。</translation>
    </message>
    <message>
        <source>Stratum rules of the map (as for areas).</source>
        <translation>地图的碳层规则（与 areas 相同）。</translation>
    </message>
    <message>
        <source>Band (default 1).</source>
        <translation>波段（默认 1）。</translation>
    </message>
    <message>
        <source>Easting or longitude column (default: detected).</source>
        <translation>东坐标或经度所在的列（默认：自动识别）。</translation>
    </message>
    <message>
        <source>Northing or latitude column (default: detected).</source>
        <translation>北坐标或纬度所在的列（默认：自动识别）。</translation>
    </message>
    <message>
        <source>CRS of the plot coordinates, e.g. EPSG:4490 (CGCS2000) or EPSG:4527.</source>
        <translation>样地坐标的坐标参照系，例如 EPSG:4490（CGCS2000）或 EPSG:4527。</translation>
    </message>
    <message>
        <source>Plausibility limits of %1 set to [%2, %3] for this project (audited).</source>
        <translation>本项目 %1 的合理性界限已设为 [%2, %3]（已记入审计日志）。</translation>
    </message>
    <message>
        <source>Why a sealed period is revised, or a limit changed.</source>
        <translation>修订已封存监测期或更改界限的原因。</translation>
    </message>
    <message>
        <source>With set-limit: dbh_cm, height_m, plot_area_ha, slope_deg or stand_age_years.</source>
        <translation>与 set-limit 一起使用：dbh_cm、height_m、plot_area_ha、slope_deg 或 stand_age_years。</translation>
    </message>
    <message>
        <source>With set-limit: lowest value.</source>
        <translation>与 set-limit 一起使用：最小值。</translation>
    </message>
    <message>
        <source>With set-limit: highest value.</source>
        <translation>与 set-limit 一起使用：最大值。</translation>
    </message>
    <message>
        <source>Seal receipt written to %1: give it to the verifier, who checks it with tanhui-cli verify --receipt.</source>
        <translation>封存回执已写入 %1：请交给核查机构，由其用 tanhui-cli verify --receipt 核对。</translation>
    </message>
    <message>
        <source>With seal: also write the seal receipt a verifier keeps to this file.</source>
        <translation>与 seal 一起使用：同时将供核查机构保存的封存回执写入此文件。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) of these rows, not listed.</source>
        <translation>
            <numerusform>……另有 %n 个问题未列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>未导入任何数据：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>With seal: sign the seal with this Ed25519 private key (tanhui-cli keygen makes one); verifiers check it with verify --trust.</source>
        <translation>与 seal 一起使用：用该 Ed25519 私钥签署封存（由 tanhui-cli keygen 生成）；核查机构用 verify --trust 检查。</translation>
    </message>
    <message>
        <source>Work on a project file (.tanhui). Actions: create, add-layer, stratify, add-period, import, compute, compare, net-removals, seal, revise, limits, set-limit, properties, set-properties, export (see `project ACTION --help` for stratify, import, compute, compare, properties and net-removals). Every change is one transaction and audited.</source>
        <translation>处理项目文件（.tanhui）。操作：create、add-layer、stratify、add-period、import、compute、compare、net-removals、seal、revise、limits、set-limit、properties、set-properties、export（stratify、import、compute、compare、properties 和 net-removals 见 `project ACTION --help`）。每次修改都是一个事务，并记入审计日志。</translation>
    </message>
    <message>
        <source>Usage: tanhui-cli project ACTION FILE [options]; ACTION is create, add-layer, stratify, add-period, import, compute, compare, net-removals, seal, revise, limits, set-limit, properties, set-properties or export.</source>
        <translation>用法：tanhui-cli project ACTION FILE [选项]；ACTION 为 create、add-layer、stratify、add-period、import、compute、compare、net-removals、seal、revise、limits、set-limit、properties、set-properties 或 export。</translation>
    </message>
    <message>
        <source>create, add-layer, stratify, add-period, import, compute, compare, net-removals, seal, revise, limits, set-limit, properties, set-properties or export.</source>
        <translation>create、add-layer、stratify、add-period、import、compute、compare、net-removals、seal、revise、limits、set-limit、properties、set-properties 或 export。</translation>
    </message>
    <message>
        <source>Checked: %1 plots and %2 trees would be imported; nothing was written.</source>
        <translation>已检查：将导入 %1 个样地和 %2 株树；未写入任何数据。</translation>
    </message>
    <message>
        <source>Check everything as the import would, and write nothing.</source>
        <translation>按导入的方式检查全部内容，但不写入任何数据。</translation>
    </message>
    <message>
        <source>Plot coordinates recorded in %1.</source>
        <translation>样地坐标已按 %1 记录。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::ProjectProperties</name>
    <message>
        <source>Show the project&apos;s properties (set-properties changes those given): what a report&apos;s title block and a registry need. Changes are audited; the name and methodology are kept once a period is sealed.</source>
        <translation>显示项目属性（set-properties 修改所给出的属性）：即报告标题栏和登记所需的信息。修改记入审计日志；一旦有监测期已封存，项目名称和方法学不再可改。</translation>
    </message>
    <message>
        <source>A period&apos;s net removals: its stock change less project emissions, baseline removals and leakage (t CO2e over the period&apos;s monitoring interval), each with its uncertainty (90 % CI, percent) and source, or stated zero with the reason. Terms given are stored (audited) before the table is printed.</source>
        <translation>监测期的净碳汇量：碳储量变化减去项目排放、基线碳汇量和泄漏（监测期间的 t CO2e），各项附其不确定性（90 % 置信区间，百分比）和来源，或注明为零及其理由。所给各项先存入项目（记入审计日志），再打印表格。</translation>
    </message>
    <message>
        <source>Project properties set (audited).</source>
        <translation>项目属性已设置（已记入审计日志）。</translation>
    </message>
    <message>
        <source>Note: period %1 has no %2 entered yet: its net removals are not complete.</source>
        <translation>注意：监测期 %1 尚未填写 %2：其净碳汇量不完整。</translation>
    </message>
    <message>
        <source>Note: period %1 has no stock change yet (project compare): its net removals are not complete.</source>
        <translation>注意：监测期 %1 尚无碳储量变化（project compare）：其净碳汇量不完整。</translation>
    </message>
    <message>
        <source>--%1 and --%1-zero exclude each other.</source>
        <translation>--%1 与 --%1-zero 不能同时使用。</translation>
    </message>
    <message>
        <source>--%1 needs --%1-uncertainty and --%1-source.</source>
        <translation>--%1 需要同时给出 --%1-uncertainty 和 --%1-source。</translation>
    </message>
    <message>
        <source>Value, t CO2e over the monitoring interval.</source>
        <translation>数值，监测期间的 t CO2e。</translation>
    </message>
    <message>
        <source>Its uncertainty, percent (90 % CI half-width).</source>
        <translation>其不确定性，百分比（90 % 置信区间半宽）。</translation>
    </message>
    <message>
        <source>Where the value comes from.</source>
        <translation>数值的来源。</translation>
    </message>
    <message>
        <source>The term is zero: why.</source>
        <translation>该项为零：理由。</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>With set-properties: the new value.</source>
        <translation>用于 set-properties：新的值。</translation>
    </message>
    <message>
        <source>Monitoring period label.</source>
        <translation>监测期名称。</translation>
    </message>
    <message>
        <source>--%1 sets a value: use project set-properties (project properties only shows them).</source>
        <translation>--%1 用于设置取值：请使用 project set-properties（project properties 只显示属性）。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::ProjectWorkflow</name>
    <message>
        <source>Record strata and their areas in a project: after --, the arguments of `tanhui-cli areas` (raster with rules or age groups, or --stands), which are run and kept with the result; or --areas with a table of stratum, area_ha.</source>
        <translation>在项目中记录碳层及其面积：在 -- 之后给出 `tanhui-cli areas` 的参数（栅格加规则或龄组，或 --stands），将运行并与结果一同保存；或用 --areas 给出含 stratum、area_ha 的表。</translation>
    </message>
    <message>
        <source>Compute a period&apos;s carbon stock from its imported plots and trees with a stratification and a parameter set, both stored in the project.</source>
        <translation>用项目中保存的分层和参数集，根据已导入的样地和林木计算某监测期的碳储量。</translation>
    </message>
    <message>
        <source>Stock change of a period against the previous one (or --with): Method B (paired permanent plots) when both measured the same plots, else Method A.</source>
        <translation>某监测期相对上一期（或 --with 指定的期）的碳储量变化：两期测定相同样地时用方法 B（成对固定样地），否则用方法 A。</translation>
    </message>
    <message>
        <source>Stratification %1: %2 strata, %3 ha.</source>
        <translation>分层 %1：%2 个碳层，%3 公顷。</translation>
    </message>
    <message>
        <source>Change %1 → %2 (Method %3): %4 t CO2e, %5 t CO2e/yr, uncertainty %6 %.</source>
        <translation>变化 %1 → %2（方法 %3）：%4 t CO2e，%5 t CO2e/年，不确定性 %6 %。</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>After --: arguments of tanhui-cli areas.</source>
        <translation>-- 之后：tanhui-cli areas 的参数。</translation>
    </message>
    <message>
        <source>Name of the stratification.</source>
        <translation>分层名称。</translation>
    </message>
    <message>
        <source>Table of strata: stratum, area_ha.</source>
        <translation>碳层表：stratum、area_ha。</translation>
    </message>
    <message>
        <source>Monitoring period label.</source>
        <translation>监测期标签。</translation>
    </message>
    <message>
        <source>Stratification name.</source>
        <translation>分层名称。</translation>
    </message>
    <message>
        <source>Species parameter table (default: the shipped set).</source>
        <translation>树种参数表（默认：随软件提供的参数集）。</translation>
    </message>
    <message>
        <source>Root-shoot classes (default: IPCC 2006 Table 4.4).</source>
        <translation>根茎比分级（默认：IPCC 2006 表 4.4）。</translation>
    </message>
    <message>
        <source>Confidence level (default 0.90).</source>
        <translation>置信水平（默认 0.90）。</translation>
    </message>
    <message>
        <source>The later period.</source>
        <translation>较晚的监测期。</translation>
    </message>
    <message>
        <source>The earlier period (default: the previous one).</source>
        <translation>较早的监测期（默认：上一期）。</translation>
    </message>
    <message>
        <source>auto (default), A or B.</source>
        <translation>auto（默认）、A 或 B。</translation>
    </message>
    <message>
        <source>Period %1: stock %2 t CO2e, uncertainty %3 % (%4 % CI), discount %5 %, conservative stock %6 t CO2e.</source>
        <translation>监测期 %1：碳储量 %2 t CO2e，不确定性 %3 %（%4 % 置信区间），扣减 %5 %，保守碳储量 %6 t CO2e。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::RasterInfoCommand</name>
    <message>
        <source>Describe a raster&apos;s grid, CRS and nodata as JSON.</source>
        <translation>以 JSON 描述栅格的格网、坐标参照系和无数据值。</translation>
    </message>
    <message>
        <source>Raster file (GeoTIFF, VRT, or anything GDAL reads)</source>
        <translation>栅格文件（GeoTIFF、VRT 或 GDAL 可读取的任何格式）</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::SampleCommand</name>
    <message>
        <source>Raster values at points (plots): the points are transformed to the raster&apos;s CRS with PROJ; each gets its row, column and value, or is reported as outside the raster or on nodata.</source>
        <translation>读取点位（样地）处的栅格值：用 PROJ 将点转换到栅格的坐标参照系，给出每个点的行、列和值；位于栅格外或无数据像元上的点会被单独报告。</translation>
    </message>
    <message>
        <source>Raster to sample.</source>
        <translation>要采样的栅格。</translation>
    </message>
    <message>
        <source>Points: CSV/XLSX with coordinate columns, or a point layer (SHP, GPKG).</source>
        <translation>点：含坐标列的 CSV/XLSX，或点图层（SHP、GPKG）。</translation>
    </message>
    <message>
        <source>X or longitude column.</source>
        <translation>X 或经度列。</translation>
    </message>
    <message>
        <source>Y or latitude column.</source>
        <translation>Y 或纬度列。</translation>
    </message>
    <message>
        <source>Point id column.</source>
        <translation>点编号列。</translation>
    </message>
    <message>
        <source>CRS of the coordinates, e.g. EPSG:4490 (CGCS2000) or EPSG:4527.</source>
        <translation>坐标的坐标参照系，例如 EPSG:4490（CGCS2000）或 EPSG:4527。</translation>
    </message>
    <message>
        <source>Band (default 1).</source>
        <translation>波段（默认 1）。</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json（默认）或 csv。</translation>
    </message>
    <message>
        <source>Stratum rules (as for areas): each point gets the stratum of its cell.</source>
        <translation>碳层规则（同 areas）：每个点取其所在像元的碳层。</translation>
    </message>
    <message>
        <source>Column with the stratum recorded in the field; points whose recorded stratum differs from the map&apos;s are flagged.</source>
        <translation>野外记录碳层所在的列；记录的碳层与图上碳层不一致的点会被标出。</translation>
    </message>
    <message>
        <source>Stand polygons instead of a raster: each point gets the stand it lies in and that stand&apos;s stratum by --rules (attribute conditions).</source>
        <translation>以小班面代替栅格：每个点取其所在小班，以及按 --rules（属性条件）确定的该小班碳层。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::UncertaintyCommand</name>
    <message>
        <source>Monte Carlo propagation of parameter and allometric uncertainty to the stratified total CO2e, beside the analytic sampling uncertainty, with a variance budget. The species table&apos;s *_rsd and residual_sd_log columns give the uncertainties; empty means exact.</source>
        <translation>用蒙特卡洛方法将参数与异速生长方程的不确定性传递到分层 CO2 当量总量，与解析的抽样不确定性并列给出，并给出方差构成。不确定性取自树种参数表的 *_rsd 与 residual_sd_log 列；留空表示视为精确值。</translation>
    </message>
    <message>
        <source>Tree tally (as for biomass).</source>
        <translation>每木检尺表（同 biomass 命令）。</translation>
    </message>
    <message>
        <source>Plot table with plot_id, stratum, area.</source>
        <translation>样地表，含 plot_id、stratum 和面积。</translation>
    </message>
    <message>
        <source>Stratum areas (stratum, area_ha).</source>
        <translation>碳层面积（stratum、area_ha）。</translation>
    </message>
    <message>
        <source>Species parameter table (default: shipped).</source>
        <translation>树种参数表（默认：随软件提供）。</translation>
    </message>
    <message>
        <source>Root-shoot class table (default: IPCC 2006 Table 4.4).</source>
        <translation>根茎比分级表（默认：IPCC 2006 表 4.4）。</translation>
    </message>
    <message>
        <source>Monte Carlo iterations (default 10000).</source>
        <translation>蒙特卡洛迭代次数（默认 10000）。</translation>
    </message>
    <message>
        <source>Random seed (default 20261124).</source>
        <translation>随机数种子（默认 20261124）。</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>工作线程数（默认：全部核心）。</translation>
    </message>
    <message>
        <source>--trees, --plots and --areas are required; --iterations, --seed and --threads are whole numbers.</source>
        <translation>必须指定 --trees、--plots 和 --areas；--iterations、--seed 与 --threads 须为整数。</translation>
    </message>
</context>
<context>
    <name>tanhui::cli::VerifyCommand</name>
    <message>
        <source>%1 (revision %2): matches its seal %3</source>
        <translation>%1（第 %2 版）：与封存值 %3 一致</translation>
    </message>
    <message>
        <source>%1 (revision %2): DIFFERS from its seal: sealed %3, content now %4</source>
        <translation>%1（第 %2 版）：与封存值不一致：封存值 %3，当前内容 %4</translation>
    </message>
    <message>
        <source>%1: the link to the previously sealed period is broken</source>
        <translation>%1：与前一个已封存监测期的衔接已断开</translation>
    </message>
    <message>
        <source>No sealed period.</source>
        <translation>没有已封存的监测期。</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>layer %1: unchanged since it was recorded</source>
        <translation>图层 %1：自登记以来未改变</translation>
    </message>
    <message>
        <source>layer %1: MISSING or unreadable</source>
        <translation>图层 %1：缺失或无法读取</translation>
    </message>
    <message>
        <source>layer %1: CHANGED since it was recorded: %2, now %3</source>
        <translation>图层 %1：自登记以来已改变：登记时 %2，现在 %3</translation>
    </message>
    <message>
        <source>Check every sealed period of a project: its content hashed again must equal its seal, each seal must follow the one before, and its results recomputed from the stored plots, trees, parameter set and stratification must be identical; and every layer file must still have the SHA-256 it was recorded with. Exit code 1 if any does not.</source>
        <translation>检查项目中每个已封存的监测期：其内容重新计算的哈希必须与封存值一致，每个封存须接续前一个，且由保存的样地、林木、参数集和分层重新计算的结果必须完全相同；每个图层文件的 SHA-256 必须与记录时一致。任一不符时退出码为 1。</translation>
    </message>
    <message>
        <source>%1 (revision %2): %3 result values recomputed from the stored inputs, all identical</source>
        <translation>%1（修订 %2）：已由保存的输入重新计算 %3 个结果值，全部相同</translation>
    </message>
    <message>
        <source>%1 (revision %2): results could NOT be recomputed: %3</source>
        <translation>%1（修订 %2）：结果无法重新计算：%3</translation>
    </message>
    <message>
        <source>    %1 %2: stored %3, recomputed %4</source>
        <translation>    %1 %2：保存值 %3，重算值 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (revision %2): %n result value(s) DIFFER when recomputed:</source>
        <translation>
            <numerusform>%1（修订 %2）：重新计算时有 %n 个结果值不同：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (revision %2): no results were stored with it, nothing to recompute</source>
        <translation>%1（修订 %2）：未随其保存任何结果，无需重新计算</translation>
    </message>
    <message>
        <source>receipt %1: %2 (revision %3) still holds the seal it was given, %4</source>
        <translation>回执 %1：%2（修订 %3）仍保持签发时的封存值 %4</translation>
    </message>
    <message>
        <source>receipt %1: of ANOTHER project (%2)</source>
        <translation>回执 %1：属于另一个项目（%2）</translation>
    </message>
    <message>
        <source>receipt %1: %2 (revision %3) is NO LONGER SEALED in this project (its seal or the period was removed)</source>
        <translation>回执 %1：%2（修订 %3）在本项目中已不再处于封存状态（其封存值或该监测期已被删除）</translation>
    </message>
    <message>
        <source>receipt %1: %2 (revision %3) was SEALED AGAIN with other content: the receipt holds %4, the project now %5</source>
        <translation>回执 %1：%2（修订 %3）已以不同内容重新封存：回执记载 %4，项目现为 %5</translation>
    </message>
    <message>
        <source>receipt %1: %2 is no longer seal %3 of the chain: seals before it were removed or added</source>
        <translation>回执 %1：%2 已不再是封存链中的第 %3 个封存：其之前的封存被删除或增加</translation>
    </message>
    <message>
        <source>A seal receipt kept from the sealing (repeat for several): the project must still hold that seal, with that digest, at that place of its chain.</source>
        <translation>封存时保存的封存回执（可多次给出）：项目必须仍在封存链的同一位置保持该封存及其摘要值。</translation>
    </message>
    <message>
        <source>%1: a SEALED PERIOD WAS DELETED (the audit log records its seal %2)</source>
        <translation>%1：一个已封存的监测期被删除（审计日志记载其封存值 %2）</translation>
    </message>
    <message>
        <source>%1: its SEAL WAS REMOVED (the audit log records the seal %2)</source>
        <translation>%1：其封存值被移除（审计日志记载封存值 %2）</translation>
    </message>
    <message>
        <source>%1: its SEAL WAS REPLACED: the audit log records %2, the period now holds %3</source>
        <translation>%1：其封存值被替换：审计日志记载 %2，该监测期现为 %3</translation>
    </message>
    <message>
        <source>%1: SEALED BUT MARKED %2: a sealed period is submitted or verified; its status was changed outside Tanhui</source>
        <translation>%1：已封存但被标记为 %2：已封存的监测期只能是已提交或已核查；其状态在碳汇之外被修改</translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n row(s), each linked to the one before by its hash</source>
        <translation>
            <numerusform>审计日志：%n 行，每行均以哈希值链接到前一行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: the last %n row(s) were written outside Tanhui since its last change (not yet linked)</source>
        <translation>
            <numerusform>审计日志：最后 %n 行是在碳汇上次修改之后于碳汇之外写入的（尚未链接）</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log: BROKEN at row %1: it, or a row before it, was CHANGED or DELETED after it was written</source>
        <translation>审计日志：在第 %1 行断裂：该行或其前面的某一行在写入后被修改或删除</translation>
    </message>
    <message>
        <source>audit log: BROKEN before row %1: the links of rows before it were removed</source>
        <translation>审计日志：在第 %1 行之前断裂：其前面各行的链接被删除</translation>
    </message>
    <message>
        <source>audit log: BROKEN: row %1 was DELETED after it was written</source>
        <translation>审计日志：断裂：第 %1 行在写入后被删除</translation>
    </message>
    <message>
        <source>%1: signed by the trusted key %2</source>
        <translation>%1：由受信任的密钥 %2 签署</translation>
    </message>
    <message>
        <source>%1: signed by key %2 (not among the keys given with --trust)</source>
        <translation>%1：由密钥 %2 签署（不在 --trust 给出的密钥之中）</translation>
    </message>
    <message>
        <source>%1: its SIGNATURE IS INVALID (key %2): the seal or its signature was changed after signing</source>
        <translation>%1：其签名无效（密钥 %2）：封存或其签名在签署后被修改</translation>
    </message>
    <message>
        <source>%1: NOT SIGNED by a trusted key: the seal may have been made again by someone without the organisation&apos;s key</source>
        <translation>%1：未经受信任的密钥签署：该封存可能是由没有本单位密钥的人重新做出的</translation>
    </message>
    <message>
        <source>The public key of an organisation whose signature every seal must bear (repeat for several; tanhui-cli keygen makes the pair).</source>
        <translation>某单位的公钥，每个封存都必须带有该单位的签名（可重复给出多个；密钥对由 tanhui-cli keygen 生成）。</translation>
    </message>
    <message>
        <source>%1: what differs from the sealed content: %2</source>
        <translation>%1：与封存内容不一致的部分：%2</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>哈希链</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>已链接</translation>
    </message>
    <message>
        <source>not linked (written outside Tanhui)</source>
        <translation>未链接（在碳汇之外写入）</translation>
    </message>
    <message>
        <source>Filter: a user, an action (seal, update, delete…), a table, a value…</source>
        <translation>筛选：用户、操作（seal、update、delete…）、表或数值…</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>筛选审计日志</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies); SQLite&apos;s triggers write a row for every change, whoever makes it.</source>
        <translation>
            <numerusform>共 %n 条；无论由谁修改，SQLite 触发器都会为每次修改写入一行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tanhui::ui::ErrorText</name>
    <message>
        <source>invalid value</source>
        <translation>无效的值</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>the file cannot be opened or read</source>
        <translation>无法打开或读取该文件</translation>
    </message>
    <message>
        <source>the file format is not supported</source>
        <translation>不支持该文件格式</translation>
    </message>
    <message>
        <source>the file is damaged or truncated</source>
        <translation>文件已损坏或不完整</translation>
    </message>
    <message>
        <source>a required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>应为数值</translation>
    </message>
    <message>
        <source>the value is outside the allowed range</source>
        <translation>数值超出允许范围</translation>
    </message>
    <message>
        <source>the identifier appears more than once</source>
        <translation>标识重复出现</translation>
    </message>
    <message>
        <source>the name is not known</source>
        <translation>名称未知</translation>
    </message>
    <message>
        <source>not enough observations</source>
        <translation>观测数量不足</translation>
    </message>
    <message>
        <source>the equation cannot be evaluated</source>
        <translation>无法计算该方程</translation>
    </message>
    <message>
        <source>the layer has no coordinate reference system</source>
        <translation>图层没有坐标参照系</translation>
    </message>
    <message>
        <source>the layers use different coordinate reference systems</source>
        <translation>图层的坐标参照系不一致</translation>
    </message>
    <message>
        <source>the rasters are not on the same grid</source>
        <translation>栅格不在同一格网上</translation>
    </message>
    <message>
        <source>the project database reported an error</source>
        <translation>项目数据库报告错误</translation>
    </message>
    <message>
        <source>the project file was written by a newer version of Tanhui</source>
        <translation>该项目文件由更新版本的碳汇写入</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>“%1”列</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>joins the parts of a location</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (technical detail)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>location: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the row has another number of cells than the header (an unquoted comma, such as a decimal comma in 5,9, splits a cell: quote the cell or write 5.9)</source>
        <translation>该行的单元格数与表头不一致（未加引号的逗号，例如小数逗号 5,9，会把一个单元格拆成两个：请给该单元格加引号或写作 5.9）</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the file: %1</source>
        <translation>选择文件：%1</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::ImportWizard</name>
    <message>
        <source>Import field data</source>
        <translation>导入外业数据</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The plot table and the tree tally of one monitoring period: CSV, XLSX, Shapefile or GeoPackage. Nothing is written until the check has found no problem.</source>
        <translation>一个监测期的样地表和每木检尺表：CSV、XLSX、Shapefile 或 GeoPackage。检查未发现任何问题之前，不写入任何数据。</translation>
    </message>
    <message>
        <source>Monitoring period to import into</source>
        <translation>导入到的监测期</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>监测期(&amp;P)：</translation>
    </message>
    <message>
        <source>Plot table</source>
        <translation>样地表</translation>
    </message>
    <message>
        <source>Tree tally</source>
        <translation>每木检尺表</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.ods *.shp *.gpkg);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.xlsx *.ods *.shp *.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is checked as the import checks it; nothing is written.</source>
        <translation>按导入的方式检查每一行；不写入任何数据。</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>检查进度</translation>
    </message>
    <message>
        <source>Problems found, by file, row and column</source>
        <translation>发现的问题，按文件、行和列</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>E&amp;xport the problems as CSV…</source>
        <translation>将问题导出为 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the problems</source>
        <translation>导出问题</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The files cannot be imported: %1</source>
        <translation>无法导入这些文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was written. Correct the files and check again.</source>
        <translation>
            <numerusform>发现 %n 个问题；未写入任何数据。请改正文件后再检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found: %1 plots and %2 trees will be imported into period %3.</source>
        <translation>未发现问题：将向监测期 %3 导入 %1 个样地和 %2 株树。</translation>
    </message>
    <message>
        <source>Place the plots in strata by their coordinates on</source>
        <translation>按坐标将样地归入碳层，所用地图</translation>
    </message>
    <message>
        <source>No: keep the strata the plot table records</source>
        <translation>否：保留样地表记录的碳层</translation>
    </message>
    <message>
        <source>Place plots by &amp;location on:</source>
        <translation>按位置归入碳层(&amp;L)：</translation>
    </message>
    <message>
        <source>On the map of %1: %2 plots placed by location; %3 recorded strata differ from the map&apos;s (kept, flagged); %4 plots in no stratum.</source>
        <translation>在 %1 的地图上：%2 个样地按位置归入碳层；%3 个记录的碳层与地图不符（保留并标记）；%4 个样地不在任何碳层内。</translation>
    </message>
    <message>
        <source>The problems could not be written to %1.</source>
        <translation>问题清单无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MainWindow</name>
    <message>
        <source>Tanhui — forest carbon monitoring</source>
        <translation>碳汇 — 森林碳汇监测</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tanhui</source>
        <translation>关于碳汇(&amp;A)</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>About Tanhui</source>
        <translation>关于碳汇</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tanhui %1&lt;/h3&gt;&lt;p&gt;Forest carbon-stock monitoring for CCER and VCS projects: stratification by age class, carbon stocks with their uncertainty, stock change between monitoring periods.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;碳汇 %1&lt;/h3&gt;&lt;p&gt;面向 CCER 与 VCS 项目的森林碳储量监测：按龄组分层，计算碳储量及其不确定性，以及监测期之间的碳储量变化。&lt;/p&gt;&lt;p&gt;构建所用程序库：%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo forest farm</source>
        <translation>打开示范林场(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>Project explorer</source>
        <translation>项目浏览器</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>正在运行的任务的进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <source>%1 — Tanhui</source>
        <translation>%1 — 碳汇</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>The project %1 cannot be opened.</source>
        <translation>无法打开项目 %1。</translation>
    </message>
    <message>
        <source>It was saved by a newer Tanhui. Open it with that version, or update Tanhui; this version leaves the file as it is.</source>
        <translation>该文件由更新版本的碳汇保存。请用该版本打开，或更新碳汇；当前版本不会改动该文件。</translation>
    </message>
    <message>
        <source>It is not a Tanhui project. Choose a .tanhui file made by Tanhui.</source>
        <translation>这不是碳汇项目。请选择由碳汇创建的 .tanhui 文件。</translation>
    </message>
    <message>
        <source>It is not a readable Tanhui project: damaged, or another kind of file named .tanhui. Open a backup copy; keep this file for examination.</source>
        <translation>这不是可读取的碳汇项目：文件已损坏，或是另一种被命名为 .tanhui 的文件。请打开备份副本，并保留此文件以备检查。</translation>
    </message>
    <message>
        <source>The file is not there (moved, renamed or on a drive not connected).</source>
        <translation>文件不存在（已被移动、重命名，或所在驱动器未连接）。</translation>
    </message>
    <message>
        <source>Tanhui cannot read or write it here. Check that the file and its folder are writable (not read-only, not on a locked share), or copy it to your own folder.</source>
        <translation>碳汇无法在此处读取或写入该文件。请检查文件及其所在文件夹是否可写（非只读、非锁定的共享位置），或将其复制到您自己的文件夹。</translation>
    </message>
    <message>
        <source>Tanhui</source>
        <translation>碳汇</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Tanhui projects (*.tanhui)</source>
        <translation>碳汇项目 (*.tanhui)</translation>
    </message>
    <message>
        <source>Making the demo forest farm in %1…</source>
        <translation>正在 %1 中创建示范林场…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>核查(&amp;V)…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在核查 %1…</translation>
    </message>
    <message>
        <source>The project could not be verified.</source>
        <translation>无法核查该项目。</translation>
    </message>
    <message>
        <source>&amp;Compute the stock…</source>
        <translation>计算碳储量(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Seal the period…</source>
        <translation>封存监测期(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Revise the sealed period…</source>
        <translation>修订已封存的监测期(&amp;R)…</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Notices of the last job</source>
        <translation>上一个任务的提示</translation>
    </message>
    <message>
        <source>That could not be done.</source>
        <translation>无法完成该操作。</translation>
    </message>
    <message>
        <source>Computing the stock of %1…</source>
        <translation>正在计算 %1 的碳储量…</translation>
    </message>
    <message>
        <source>Period %1: stock %2 t CO2e, uncertainty %3 %.</source>
        <translation>监测期 %1：碳储量 %2 t CO2e，不确定性 %3 %。</translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation>正在封存 %1…</translation>
    </message>
    <message>
        <source>Period %1 sealed: %2</source>
        <translation>监测期 %1 已封存：%2</translation>
    </message>
    <message>
        <source>Starting a revision of %1…</source>
        <translation>正在开始 %1 的修订…</translation>
    </message>
    <message>
        <source>A draft revision of %1 was started.</source>
        <translation>已开始 %1 的修订草稿。</translation>
    </message>
    <message>
        <source>Compute the stock of %1</source>
        <translation>计算 %1 的碳储量</translation>
    </message>
    <message>
        <source>Stratification</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>&amp;Stratification:</source>
        <translation>分层(&amp;S)：</translation>
    </message>
    <message>
        <source>Seal %1</source>
        <translation>封存 %1</translation>
    </message>
    <message>
        <source>Seal the monitoring period %1?</source>
        <translation>封存监测期 %1？</translation>
    </message>
    <message>
        <source>&amp;Seal</source>
        <translation>封存(&amp;S)</translation>
    </message>
    <message>
        <source>Revise %1</source>
        <translation>修订 %1</translation>
    </message>
    <message>
        <source>Why is the sealed period %1 corrected? The reason is kept in the audit log.</source>
        <translation>为何更正已封存的监测期 %1？理由将记录在审计日志中。</translation>
    </message>
    <message>
        <source>&amp;Export tables as CSV…</source>
        <translation>将数据表导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Exporting the tables to %1…</source>
        <translation>正在将数据表导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个数据表写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the tables into an empty folder</source>
        <translation>将数据表导出到一个空文件夹</translation>
    </message>
    <message>
        <source>Change from %1: %2 t CO2e.</source>
        <translation>相对于 %1 的变化：%2 t CO2e。</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>正在读取审计日志…</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>无法读取审计日志。</translation>
    </message>
    <message>
        <source>Its plots and trees, its results, the parameter sets and stratifications they used, every layer&apos;s hash, the audit log&apos;s hash chain and the previous seal are hashed into the seal. The period then becomes submitted and read-only: corrections go into a revision, with a reason. Signed with your organisation&apos;s private key (tanhui-cli keygen makes one), a verifier who trusts its public key can tell the seal is yours.</source>
        <translation>其样地与单木、结果、结果所用的参数集与分层、各图层的哈希值、审计日志的哈希链以及上一个封存都将被哈希进封存值。之后该监测期变为已提交且只读：更正须在修订版中进行，并注明原因。若用本单位私钥签名（由 tanhui-cli keygen 生成），信任其公钥的核查机构可确认该封存出自本单位。</translation>
    </message>
    <message>
        <source>Seal and si&amp;gn…</source>
        <translation>封存并签名(&amp;G)…</translation>
    </message>
    <message>
        <source>Private key to sign the seal of %1</source>
        <translation>用于签署 %1 封存的私钥</translation>
    </message>
    <message>
        <source>PEM keys (*.key *.pem);;All files (*)</source>
        <translation>PEM 密钥 (*.key *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Net removals…</source>
        <translation>净碳汇量(&amp;N)…</translation>
    </message>
    <message>
        <source>Project p&amp;roperties…</source>
        <translation>项目属性(&amp;R)…</translation>
    </message>
    <message>
        <source>Saving the project&apos;s properties…</source>
        <translation>正在保存项目属性…</translation>
    </message>
    <message>
        <source>The project&apos;s properties were saved (audited).</source>
        <translation>项目属性已保存（已记入审计日志）。</translation>
    </message>
    <message>
        <source>Saving the net removals of %1…</source>
        <translation>正在保存 %1 的净碳汇量…</translation>
    </message>
    <message>
        <source>Net removals of %1 saved; not complete yet.</source>
        <translation>%1 的净碳汇量已保存；尚不完整。</translation>
    </message>
    <message>
        <source>Net removals of %1: %2 t CO2e, conservative %3 t CO2e.</source>
        <translation>%1 的净碳汇量：%2 t CO2e，保守值 %3 t CO2e。</translation>
    </message>
    <message>
        <source>S&amp;tratify…</source>
        <translation>分层(&amp;T)…</translation>
    </message>
    <message>
        <source>Recording the strata %1…</source>
        <translation>正在记录分层 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Stratification %1 recorded: %n stratum(s), %2 ha.</source>
        <translation>
            <numerusform>分层 %1 已记录：%n 个碳层，%2 公顷。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import field data…</source>
        <translation>导入外业数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Importing the field data of %1…</source>
        <translation>正在导入 %1 的外业数据…</translation>
    </message>
    <message>
        <source>Imported %1 plots and %2 trees into %3.</source>
        <translation>已向 %3 导入 %1 个样地和 %2 株树。</translation>
    </message>
    <message>
        <source>The project&apos;s own species table (empty: the shipped set)</source>
        <translation>项目自有的树种参数表（留空：使用随附参数集）</translation>
    </message>
    <message>
        <source>the set shipped with Tanhui</source>
        <translation>碳汇随附的参数集</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A species table is checked before it is used: every equation must compile and every row name its status and source; it is stored whole in the project. Rows not CONFIRMED are named in the notices. Confidence level 90 %.</source>
        <translation>树种参数表在使用前先检查：每个方程都须能编译，每行都须注明状态和来源；整张表存入项目。非 CONFIRMED 的行在提示中列出。置信水平 90 %。</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>涉及：%1</translation>
    </message>
    <message>
        <source>New &amp;monitoring period…</source>
        <translation>新建监测期(&amp;M)…</translation>
    </message>
    <message>
        <source>Adding the monitoring period %1…</source>
        <translation>正在添加监测期 %1…</translation>
    </message>
    <message>
        <source>Monitoring period %1 added (%2 – %3).</source>
        <translation>已添加监测期 %1（%2 – %3）。</translation>
    </message>
    <message>
        <source>Field data goes into a monitoring period that is not sealed, and the project has none: add one first.</source>
        <translation>外业数据须导入未封存的监测期，而本项目尚无此类监测期：请先添加一个。</translation>
    </message>
    <message>
        <source>Next: %1 — the carbon strata, from a stand raster or stand polygons.</source>
        <translation>下一步：%1 — 由林分栅格或小班图斑划分碳层。</translation>
    </message>
    <message>
        <source>Next: %1, then %2 — its plots and their trees.</source>
        <translation>下一步：%1，然后 %2 — 导入其样地及每木检尺数据。</translation>
    </message>
    <message>
        <source>Every period is sealed. Next: %1 for the next measurement, or %2.</source>
        <translation>所有监测期均已封存。下一步：%1 用于下一次监测，或 %2。</translation>
    </message>
    <message>
        <source>Next: %1 — the plots and trees of %2.</source>
        <translation>下一步：%1 — 导入 %2 的样地和林木。</translation>
    </message>
    <message>
        <source>Next: select %1 in the explorer, then %2.</source>
        <translation>下一步：在项目浏览器中选择 %1，然后 %2。</translation>
    </message>
    <message>
        <source>Next: select %1 and check its results; %2 for its other terms, then %3.</source>
        <translation>下一步：选择 %1 并检查其结果；%2 录入其他各项，然后 %3。</translation>
    </message>
    <message>
        <source>⚠ No stock has been computed for it: the seal holds its field data only.</source>
        <translation>⚠ 本期尚未计算碳储量：封存的只有外业数据。</translation>
    </message>
    <message>
        <source>⚠ Its stock rests on parameters not CONFIRMED (%1): the seal records them as they are.</source>
        <translation>⚠ 其碳储量所用参数未经确认（%1）：封存将按现状记录这些参数。</translation>
    </message>
    <message>
        <source>Next: %1 — its plots and their trees.</source>
        <translation>下一步：%1 — 导入其样地及每木检尺数据。</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>下一步：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;Select a monitoring period to see its results, a stratification to see its map.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;选择一个监测期以查看其结果，选择一个分层以查看其地图。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapCanvas</name>
    <message>
        <source>No cell here: the point lies outside the stand raster.</source>
        <translation>此处无像元：该点位于林分栅格之外。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapDecorations</name>
    <message>
        <source>%1  %2 ha</source>
        <translation>%1  %2 公顷</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapExportDialog</name>
    <message>
        <source>Export the map as PNG</source>
        <translation>将地图导出为 PNG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width of the picture in pixels</source>
        <translation>图片宽度（像素）</translation>
    </message>
    <message>
        <source>Height of the picture in pixels</source>
        <translation>图片高度（像素）</translation>
    </message>
    <message>
        <source>Resolution of the picture in dots per inch</source>
        <translation>图片分辨率（每英寸点数）</translation>
    </message>
    <message>
        <source>File to write the picture to</source>
        <translation>图片保存文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file to write the picture to</source>
        <translation>选择图片保存文件</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>分辨率（dpi）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Printed size of the picture</source>
        <translation>图片的打印尺寸</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>打印尺寸：</translation>
    </message>
    <message>
        <source>%1 × %2 cm</source>
        <translation>%1 × %2 厘米</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapLayerList</name>
    <message>
        <source>Plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <source>Stand edges, boundary</source>
        <translation>小班边界、项目边界</translation>
    </message>
    <message>
        <source>Strata</source>
        <translation>碳层</translation>
    </message>
    <message>
        <source>Map layers, topmost first: check to show, drag to reorder</source>
        <translation>地图图层（最上层在前）：勾选以显示，拖动以调整顺序</translation>
    </message>
    <message>
        <source>Draw the selected layer higher</source>
        <translation>将所选图层上移</translation>
    </message>
    <message>
        <source>Draw the selected layer lower</source>
        <translation>将所选图层下移</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::MapPanel</name>
    <message>
        <source>Longitude %1°, latitude %2°</source>
        <translation>经度 %1°，纬度 %2°</translation>
    </message>
    <message>
        <source>Easting %1 m, northing %2 m</source>
        <translation>东坐标 %1 米，北坐标 %2 米</translation>
    </message>
    <message>
        <source>Map of the carbon strata</source>
        <translation>碳层地图</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to pan, the wheel or + and − to zoom, Home for the whole map; a click identifies the cell.</source>
        <translation>拖动或用方向键平移，滚轮或 + 和 − 缩放，Home 显示全图；单击可查询像元。</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>地图显示的内容</translation>
    </message>
    <message>
        <source>Coordinates under the cursor</source>
        <translation>光标处坐标</translation>
    </message>
    <message>
        <source>The cell identified</source>
        <translation>所查询的像元</translation>
    </message>
    <message>
        <source>Opening the map of %1…</source>
        <translation>正在打开 %1 的地图…</translation>
    </message>
    <message>
        <source>The map of %1 is not drawn: %2</source>
        <translation>未绘制 %1 的地图：%2</translation>
    </message>
    <message>
        <source>It has no overviews: a view of the whole map reads every cell and is slow.</source>
        <translation>该栅格没有金字塔（概视图）：显示全图时须读取每个像元，速度较慢。</translation>
    </message>
    <message>
        <source>nodata: in no stratum</source>
        <translation>无数据：不属于任何碳层</translation>
    </message>
    <message>
        <source>value %1: an age beyond the plausible, in no stratum</source>
        <translation>值 %1：林龄超出合理范围，不属于任何碳层</translation>
    </message>
    <message>
        <source>value %1: in no stratum</source>
        <translation>值 %1：不属于任何碳层</translation>
    </message>
    <message>
        <source>value %1: stratum %2</source>
        <translation>值 %1：碳层 %2</translation>
    </message>
    <message>
        <source>Cell column %1, row %2 (centre E %3, N %4): %5.</source>
        <translation>像元第 %1 列、第 %2 行（中心 E %3，N %4）：%5。</translation>
    </message>
    <message>
        <source>Build &amp;overviews…</source>
        <translation>建立金字塔(&amp;O)…</translation>
    </message>
    <message>
        <source>Build overviews of the stand raster</source>
        <translation>为林分栅格建立金字塔（概视图）</translation>
    </message>
    <message>
        <source>Progress of the overviews</source>
        <translation>金字塔建立进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the overviews</source>
        <translation>取消建立金字塔</translation>
    </message>
    <message>
        <source>Build overviews</source>
        <translation>建立金字塔</translation>
    </message>
    <message>
        <source>Build overviews of %1?</source>
        <translation>为 %1 建立金字塔？</translation>
    </message>
    <message>
        <source>Smaller copies of the raster, for views of the whole map, are written beside it into %1.ovr. The raster itself is not changed: its SHA-256 stays as the project recorded it. Each overview cell takes the most frequent stratum code of the cells it covers (mode), or the code of the cell nearest its centre (faster); codes are never averaged.</source>
        <translation>栅格的缩小副本（用于显示全图）写入其旁边的 %1.ovr。栅格本身不会改变：其 SHA-256 保持项目记录的值。每个金字塔像元取其覆盖像元中出现最多的碳层代码（众数），或取最接近其中心的像元代码（更快）；代码绝不取平均。</translation>
    </message>
    <message>
        <source>By the &amp;most frequent code</source>
        <translation>按出现最多的代码(&amp;M)</translation>
    </message>
    <message>
        <source>By the &amp;nearest cell</source>
        <translation>按最近像元(&amp;N)</translation>
    </message>
    <message>
        <source>The overviews could not be built: %1</source>
        <translation>无法建立金字塔：%1</translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation>导出 PNG(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the map as a PNG picture</source>
        <translation>将地图导出为 PNG 图片</translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3 pixels, %4 dpi).</source>
        <translation>已保存 %1（%2 × %3 像素，%4 dpi）。</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1 (%2)</source>
        <translation>无法保存图片：%1（%2）</translation>
    </message>
    <message>
        <source>The plots on the map</source>
        <translation>地图上的样地</translation>
    </message>
    <message>
        <source>Show in the plot &amp;table</source>
        <translation>在样地表中显示(&amp;T)</translation>
    </message>
    <message>
        <source>Show the plot identified in the plot table</source>
        <translation>在样地表中显示所识别的样地</translation>
    </message>
    <message>
        <source>Locating the plots of %1…</source>
        <translation>正在定位 %1 的样地…</translation>
    </message>
    <message>
        <source>The plots of %1 are not drawn: %2</source>
        <translation>%1 的样地未绘制：%2</translation>
    </message>
    <message>
        <source>Plot of %1, in its stratum&apos;s colour (%2)</source>
        <translation>%1 样地，按其碳层着色（%2）</translation>
    </message>
    <message>
        <source>Recorded stratum differs from the map (%1)</source>
        <translation>记录的碳层与地图不一致（%1）</translation>
    </message>
    <message>
        <source>In no stratum of the map (%1)</source>
        <translation>不在地图的任何碳层内（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) of %1 drawn</source>
        <translation>
            <numerusform>已绘制 %1 的 %n 个样地</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a recorded stratum that differs from the map&apos;s</source>
        <translation>
            <numerusform>%n 个记录的碳层与地图不一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in no stratum of the map</source>
        <translation>
            <numerusform>%n 个不在地图的任何碳层内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) have no coordinates.</source>
        <translation>
            <numerusform>%n 个样地没有坐标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) are not drawn: the CRS of their coordinates was not recorded at import.</source>
        <translation>
            <numerusform>%n 个样地未绘制：导入时未记录其坐标的坐标系。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) cannot be transformed into the map&apos;s CRS.</source>
        <translation>
            <numerusform>%n 个样地无法转换到地图的坐标系。</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>no stratum</source>
        <translation>无碳层</translation>
    </message>
    <message>
        <source>they agree</source>
        <translation>二者一致</translation>
    </message>
    <message>
        <source>they differ: the recorded stratum is the one counted</source>
        <translation>二者不一致：按记录的碳层计算</translation>
    </message>
    <message>
        <source>the map puts it in no stratum</source>
        <translation>地图上不在任何碳层内</translation>
    </message>
    <message>
        <source>%1 t CO2e/ha in %2</source>
        <translation>%2 年 %1 t CO2e/公顷</translation>
    </message>
    <message>
        <source>no stock computed for %1 yet</source>
        <translation>%1 尚未计算碳储量</translation>
    </message>
    <message numerus="yes">
        <source>%n tree(s)</source>
        <translation>
            <numerusform>%n 株树</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <comment>plots drawn: differing, outside</comment>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s) are not drawn: their CRS has no transformation into the map&apos;s (%1).</source>
        <translation>
            <numerusform>%n 个样地未绘制：其坐标系无法转换到地图的坐标系（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>longitude %1°, latitude %2°</source>
        <translation>经度 %1°，纬度 %2°</translation>
    </message>
    <message>
        <source>E %1, N %2</source>
        <translation>E %1，N %2</translation>
    </message>
    <message>
        <source>Plot %1 (%2): recorded stratum %3, the map&apos;s %4 (%5); %6; %7.</source>
        <translation>样地 %1（%2）：记录的碳层 %3，地图的碳层 %4（%5）；%6；%7。</translation>
    </message>
    <message>
        <source>Stand edges</source>
        <translation>小班边界</translation>
    </message>
    <message>
        <source>Project boundary: strata counted inside it</source>
        <translation>项目边界：碳层面积只统计其内部</translation>
    </message>
    <message numerus="yes">
        <source>%n stand polygon(s)</source>
        <translation>
            <numerusform>%n 个小班面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 cells</source>
        <translation>%1 × %2 个像元</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4.</source>
        <translation>%1，基于 %2（%3）：%4。</translation>
    </message>
    <message>
        <source>value %1: outside the project boundary, in no stratum</source>
        <translation>值 %1：位于项目边界外，不属于任何碳层</translation>
    </message>
    <message>
        <source>nodata, outside the project boundary</source>
        <translation>无数据，位于项目边界外</translation>
    </message>
    <message>
        <source>At %1: in no stand.</source>
        <translation>%1 处：不在任何小班内。</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>no rule takes it: in no stratum</source>
        <translation>无规则匹配：不属于任何碳层</translation>
    </message>
    <message>
        <source>stratum %1</source>
        <translation>碳层 %1</translation>
    </message>
    <message>
        <source>Stand %1 of %2 at %3 (%4): %5.</source>
        <translation>第 %1 个小班（共 %2 个），位于 %3（%4）：%5。</translation>
    </message>
    <message>
        <source>Project boundary</source>
        <translation>项目边界</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::NetRemovalsDialog</name>
    <message>
        <source>Project emissions</source>
        <translation>项目排放</translation>
    </message>
    <message>
        <source>Baseline removals</source>
        <translation>基线碳汇量</translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>Net removals of %1</source>
        <translation>%1 的净碳汇量</translation>
    </message>
    <message>
        <source>Net removals = the stock change − project emissions − baseline removals − leakage (METHODOLOGY 3.6; the exact form for CCER is UNCONFIRMED). Enter each term in t CO2e over the period&apos;s monitoring interval, with its uncertainty (half-width of the 90 % confidence interval, % of the value) and its source, or state that it is zero and why. The discount of AR-TOOL14 Appendix 2 is applied to each.</source>
        <translation>净碳汇量 = 碳储量变化 − 项目排放 − 基线碳汇量 − 泄漏（METHODOLOGY 3.6；CCER 的确切形式尚未确认 UNCONFIRMED）。每项以监测期间的 t CO2e 填写，附其不确定性（90 % 置信区间半宽，占数值的 %）和来源，或注明为零及理由。各项按 AR-TOOL14 附录 2 扣减。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>为零</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>Uncertainty (%)</source>
        <translation>不确定性 (%)</translation>
    </message>
    <message>
        <source>Source, or why it is zero</source>
        <translation>来源，或为零的理由</translation>
    </message>
    <message>
        <source>%1 is zero</source>
        <translation>%1 为零</translation>
    </message>
    <message>
        <source>%1 in t CO2e</source>
        <translation>%1（t CO2e）</translation>
    </message>
    <message>
        <source>Uncertainty of %1 in percent</source>
        <translation>%1 的不确定性（百分比）</translation>
    </message>
    <message>
        <source>Source of %1, or why it is zero</source>
        <translation>%1 的来源，或为零的理由</translation>
    </message>
    <message>
        <source>%1 is stated as zero: say why.</source>
        <translation>%1 注明为零：请说明理由。</translation>
    </message>
    <message>
        <source>%1: the value in t CO2e is not a number.</source>
        <translation>%1：t CO2e 数值不是数字。</translation>
    </message>
    <message>
        <source>%1: the uncertainty in percent is not a number.</source>
        <translation>%1：百分比不确定性不是数字。</translation>
    </message>
    <message>
        <source>%1: say where the value comes from.</source>
        <translation>%1：请说明数值的来源。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::NewPeriodDialog</name>
    <message>
        <source>New monitoring period</source>
        <translation>新建监测期</translation>
    </message>
    <message>
        <source>Label of the period</source>
        <translation>监测期标签</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>监测期第一天</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>监测期最后一天</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>The period needs a label, e.g. the year it ends.</source>
        <translation>监测期需要一个标签，例如其结束的年份。</translation>
    </message>
    <message>
        <source>The project has a period %1 already.</source>
        <translation>本项目已有监测期 %1。</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>监测期的结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>The change between two periods is reported over the years between their last days.</source>
        <translation>两个监测期之间的变化量按其最后一天之间的年数计算。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法学</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose where the project file goes</source>
        <translation>选择项目文件的保存位置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation>方法学(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Tanhui projects (*.tanhui)</source>
        <translation>碳汇项目 (*.tanhui)</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file (a project is never overwritten).</source>
        <translation>%1 已存在：请选择另一个文件（项目文件绝不会被覆盖）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet: it will be created.</source>
        <translation>文件夹 %1 尚不存在：将会创建。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::NoticeText</name>
    <message>
        <source>Note: the parameters of %1 are not CONFIRMED (%2); verify them before submission.</source>
        <translation>注意：%1 的参数未经确认（%2）；提交前请核实。</translation>
    </message>
    <message>
        <source>Note: the age-group row %1 is not CONFIRMED (%2); verify it before submission.</source>
        <translation>注意：龄组划分行 %1 未经确认（%2）；提交前请核实。</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n tree(s) lie outside the DBH or height range of their equation; they are computed as measured, not clamped.</source>
        <translation>
            <numerusform>注意：有 %n 株树的胸径或树高超出其方程的适用范围；按实测值计算，未作截断。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 has only a ballpark transformation in PROJ (&quot;%2&quot;, accuracy unknown): the datums are treated as identical. For Beijing 1954 or Xian 1980 coordinates give a CRS with published datum parameters.</source>
        <translation>注意：%1 在 PROJ 中只有近似转换（“%2”，精度未知）：两基准被视为相同。北京 1954 或西安 1980 坐标请给出带有公布基准参数的坐标参照系。</translation>
    </message>
    <message>
        <source>Note: %1 are taken as WGS 84 longitude and latitude (EPSG:4326); give the CRS if they are not.</source>
        <translation>注意：%1 被视为 WGS 84 经纬度（EPSG:4326）；如不是，请给出坐标参照系。</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n point(s) lie outside the raster.</source>
        <translation>
            <numerusform>注意：有 %n 个点位于栅格范围之外。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n point(s) lie on nodata cells.</source>
        <translation>
            <numerusform>注意：有 %n 个点位于无数据像元上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n point(s) lie in no stand.</source>
        <translation>
            <numerusform>注意：有 %n 个点不在任何小班内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n plot(s) have a recorded stratum that differs from the map&apos;s (the first: %1); the recorded stratum is kept.</source>
        <translation>
            <numerusform>注意：有 %n 个样地记录的碳层与地图不一致（第一个：%1）；保留记录的碳层。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n plot(s) lie in no stratum of the map.</source>
        <translation>
            <numerusform>注意：有 %n 个样地不在地图的任何碳层内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n plot(s) without a recorded stratum were given the map&apos;s stratum at their location.</source>
        <translation>
            <numerusform>注意：有 %n 个未记录碳层的样地已按其位置取得地图上的碳层。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n stand(s) match no rule; their area is reported as unclassified.</source>
        <translation>
            <numerusform>注意：有 %n 个小班不符合任何规则，其面积计为未分类。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <source>Reading input</source>
        <translation>正在读取输入</translation>
    </message>
    <message>
        <source>Stratifying</source>
        <translation>正在分层</translation>
    </message>
    <message>
        <source>Locating plots</source>
        <translation>正在定位样地</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>正在计算</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在核查</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n cell(s) of %1 hold an age above %2 years, beyond any plausible stand age (a code such as 255, or a year?); they are not classified.</source>
        <translation>
            <numerusform>注意：%1 中有 %n 个像元的林龄超过 %2 年，超出任何合理的林分年龄（是否为 255 之类的代码，或误填的年份？）；这些像元未参与分类。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the conservative stock of period %1 is below zero (%2 t CO2e): its uncertainty exceeds 100 %; measure more plots before claiming anything.</source>
        <translation>注意：监测期 %1 的保守碳储量低于零（%2 t CO2e）：其不确定性超过 100 %；在申报任何减排量之前请增测样地。</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n stratum/strata have no area (the first: %1); plots in them cannot be expanded to the project.</source>
        <translation>
            <numerusform>注意：有 %n 个碳层面积为零（第一个：%1）；其中的样地无法推算到整个项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the coordinates of %n plot(s) are kept as recorded, but their CRS was not given: they cannot be drawn on the map. Give the CRS when importing.</source>
        <translation>
            <numerusform>注意：%n 个样地的坐标按原样保留，但未给出其坐标系，无法在地图上显示。请在导入时给出坐标系。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tanhui::ui::ParameterView</name>
    <message>
        <source>Species parameters</source>
        <translation>树种参数</translation>
    </message>
    <message>
        <source>Parameter set %1 %2</source>
        <translation>参数集 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Read from %1, SHA-256 %2. %n species row(s); rows not CONFIRMED (marked ⚠) must be verified against their source before submission.</source>
        <translation>
            <numerusform>读自 %1，SHA-256 %2。共 %n 个树种行；未确认（标记为 ⚠）的行须在提交前对照其来源核实。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not CONFIRMED: %1.</source>
        <translation>未确认：%1 行。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::PeriodView</name>
    <message>
        <source>Stratum</source>
        <translation>碳层</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>样地数</translation>
    </message>
    <message>
        <source>Mean (t CO2e/ha)</source>
        <translation>均值（t CO2e/公顷）</translation>
    </message>
    <message>
        <source>SD (t CO2e/ha)</source>
        <translation>标准差（t CO2e/公顷）</translation>
    </message>
    <message>
        <source>SE (t CO2e/ha)</source>
        <translation>标准误（t CO2e/公顷）</translation>
    </message>
    <message>
        <source>Total (t CO2e)</source>
        <translation>总量（t CO2e）</translation>
    </message>
    <message>
        <source>Carbon stock per stratum</source>
        <translation>各碳层碳储量</translation>
    </message>
    <message>
        <source>Monitoring period %1</source>
        <translation>监测期 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 · %3 · revision %4 · %n plot(s)</source>
        <translation>
            <numerusform>%1 – %2 · %3 · 第 %4 版 · %n 个样地</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed, SHA-256 %1</source>
        <translation>已封存，SHA-256 %1</translation>
    </message>
    <message>
        <source>Stock %1 t CO2e, uncertainty %2 % (%3 % confidence), discount %4 %, conservative stock %5 t CO2e. Stratification %6, parameters %7; %8 plots, %9 trees.</source>
        <translation>碳储量 %1 t CO2e，不确定性 %2 %（%3 % 置信水平），扣减 %4 %，保守碳储量 %5 t CO2e。分层 %6，参数 %7；%8 个样地，%9 株树。</translation>
    </message>
    <message>
        <source>⚠ Parameters not CONFIRMED: %1 — verify them before submission.</source>
        <translation>⚠ 参数未确认（非 CONFIRMED）：%1 — 提交前请核实。</translation>
    </message>
    <message>
        <source>Change %1 → %2 (method %3, %4 years): %5 t CO2e, %6 t CO2e per year, uncertainty %7 %, discount %8 %, conservative change %9 t CO2e.</source>
        <translation>变化 %1 → %2（方法 %3，%4 年）：%5 t CO2e，每年 %6 t CO2e，不确定性 %7 %，扣减 %8 %，保守变化量 %9 t CO2e。</translation>
    </message>
    <message>
        <source>No change against an earlier period computed yet.</source>
        <translation>尚未计算相对于上一监测期的变化。</translation>
    </message>
    <message>
        <source>Chart of the mean stock per stratum</source>
        <translation>各碳层平均碳储量图</translation>
    </message>
    <message>
        <source>Chart of the stock over the periods</source>
        <translation>各监测期碳储量图</translation>
    </message>
    <message>
        <source>Plots required</source>
        <translation>所需样地数</translation>
    </message>
    <message>
        <source>Plots measured</source>
        <translation>已测样地数</translation>
    </message>
    <message>
        <source>Plots still needed</source>
        <translation>尚需样地数</translation>
    </message>
    <message>
        <source>Plots needed per stratum</source>
        <translation>各碳层所需样地数</translation>
    </message>
    <message>
        <source>Plots needed for ±10 % at 90 % confidence (AR-TOOL03): cannot be planned from this stock (%1).</source>
        <translation>在 90 % 置信水平下达到 ±10 % 精度所需的样地数（AR-TOOL03）：无法根据该碳储量计算（%1）。</translation>
    </message>
    <message>
        <source>Plots needed for ±10 % of the mean at 90 % confidence (AR-TOOL03, Neyman allocation): %1 in all, %2 still to measure.</source>
        <translation>在 90 % 置信水平下达到均值 ±10 % 精度所需的样地数（AR-TOOL03，奈曼分配）：共 %1 个，尚需测定 %2 个。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>Uncertainty (%)</source>
        <translation>不确定性 (%)</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>扣减 (%)</translation>
    </message>
    <message>
        <source>Conservative (t CO2e)</source>
        <translation>保守值 (t CO2e)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Net removals term by term</source>
        <translation>逐项净碳汇量</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <source>zero: %1</source>
        <translation>为零：%1</translation>
    </message>
    <message>
        <source>Stock change</source>
        <translation>碳储量变化</translation>
    </message>
    <message>
        <source>Net removals (METHODOLOGY 3.6; exact form for CCER UNCONFIRMED)</source>
        <translation>净碳汇量（METHODOLOGY 3.6；CCER 的确切形式尚未确认 UNCONFIRMED）</translation>
    </message>
    <message>
        <source>Net removals</source>
        <translation>净碳汇量</translation>
    </message>
    <message>
        <source>%1 t CO2e, conservative %2 t CO2e.</source>
        <translation>%1 t CO2e，保守值 %2 t CO2e。</translation>
    </message>
    <message>
        <source>the stock change against the period before</source>
        <translation>相对上一监测期的碳储量变化</translation>
    </message>
    <message>
        <source>not complete, still wanting %1 (Project ▸ Net removals…).</source>
        <translation>不完整，尚缺 %1（项目 ▸ 净碳汇量…）。</translation>
    </message>
    <message>
        <source>change %1 → %2 (AR-TOOL14 method %3)</source>
        <translation>%1 → %2 的变化（AR-TOOL14 方法 %3）</translation>
    </message>
    <message>
        <source>undefined (one plot)</source>
        <translation>无法给出（仅一个样地）</translation>
    </message>
    <message>
        <source>%1 % CI (t CO2e/ha)</source>
        <translation>%1 % 置信区间（t CO2e/公顷）</translation>
    </message>
    <message>
        <source>U (%)</source>
        <translation>不确定性 (%)</translation>
    </message>
    <message>
        <source>No stock computed for this period.</source>
        <translation>本监测期未计算碳储量。</translation>
    </message>
    <message>
        <source>No stock computed for this period yet.</source>
        <translation>本监测期尚未计算碳储量。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::PlotsView</name>
    <message>
        <source>Plot</source>
        <translation>样地</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>碳层</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>Slope (°)</source>
        <translation>坡度（°）</translation>
    </message>
    <message>
        <source>Easting</source>
        <translation>东坐标</translation>
    </message>
    <message>
        <source>Northing</source>
        <translation>北坐标</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>株数</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>树种</translation>
    </message>
    <message>
        <source>DBH (cm)</source>
        <translation>胸径（厘米）</translation>
    </message>
    <message>
        <source>Height (m)</source>
        <translation>树高（米）</translation>
    </message>
    <message>
        <source>Wood density (g/cm³)</source>
        <translation>木材密度（g/cm³）</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>活立木</translation>
    </message>
    <message>
        <source>Row in the tally</source>
        <translation>检尺表中的行</translation>
    </message>
    <message>
        <source>Plots of the period</source>
        <translation>本监测期的样地</translation>
    </message>
    <message>
        <source>Trees of the selected plot</source>
        <translation>所选样地的林木</translation>
    </message>
    <message>
        <source>Select a plot to see its trees.</source>
        <translation>选择一个样地以查看其林木。</translation>
    </message>
    <message numerus="yes">
        <source>%n plot(s); select one to see its trees.</source>
        <translation>
            <numerusform>%n 个样地；选择一个以查看其林木。</numerusform>
        </translation>
    </message>
    <message>
        <source>alive</source>
        <translation>活</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>枯死</translation>
    </message>
    <message numerus="yes">
        <source>Plot %1: %n tree(s).</source>
        <translation>
            <numerusform>样地 %1：%n 株。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show on the &amp;map</source>
        <translation>在地图上显示(&amp;M)</translation>
    </message>
    <message>
        <source>Show the selected plot on the map</source>
        <translation>在地图上显示所选样地</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::ProjectModel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Stand layers</source>
        <translation>小班图层</translation>
    </message>
    <message>
        <source>Carbon strata</source>
        <translation>碳层</translation>
    </message>
    <message>
        <source>Monitoring periods</source>
        <translation>监测期</translation>
    </message>
    <message>
        <source>Parameter sets</source>
        <translation>参数集</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未改变</translation>
    </message>
    <message>
        <source>CHANGED since recorded</source>
        <translation>记录后已被更改</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n strata, %2 ha</source>
        <translation>
            <numerusform>%1：%n 个碳层，%2 公顷</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2，%3</translation>
    </message>
    <message>
        <source>, sealed %1…</source>
        <translation>，已封存 %1…</translation>
    </message>
    <message>
        <source>, %1 t CO2e</source>
        <translation>，%1 t CO2e</translation>
    </message>
    <message numerus="yes">
        <source>%n species, %1 not CONFIRMED</source>
        <translation>
            <numerusform>%n 个树种，%1 个未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核查</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>栅格</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>面图层</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>stands</source>
        <translation>小班</translation>
    </message>
    <message>
        <source>age</source>
        <translation>林龄</translation>
    </message>
    <message>
        <source>species group</source>
        <translation>树种组</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>起源</translation>
    </message>
    <message>
        <source>by table</source>
        <translation>按对照表</translation>
    </message>
    <message>
        <source>by raster value</source>
        <translation>按栅格值</translation>
    </message>
    <message>
        <source>by raster rules</source>
        <translation>按栅格规则</translation>
    </message>
    <message>
        <source>by age group</source>
        <translation>按龄组</translation>
    </message>
    <message>
        <source>no stratum recorded</source>
        <translation>未记录碳层</translation>
    </message>
    <message>
        <source>stratum %1</source>
        <translation>碳层 %1</translation>
    </message>
    <message>
        <source>Select to see plot %1 on the map</source>
        <translation>选中以在地图上查看样地 %1</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::PropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Project ID or registration number</source>
        <translation>项目编号或登记号</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法学</translation>
    </message>
    <message>
        <source>Methodology version</source>
        <translation>方法学版本</translation>
    </message>
    <message>
        <source>Project proponent</source>
        <translation>项目业主</translation>
    </message>
    <message>
        <source>Start of the crediting period</source>
        <translation>计入期开始</translation>
    </message>
    <message>
        <source>End of the crediting period</source>
        <translation>计入期结束</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>province, county, township; coordinates</source>
        <translation>省、县、乡镇；坐标</translation>
    </message>
    <message>
        <source>Project boundary</source>
        <translation>项目边界</translation>
    </message>
    <message>
        <source>how the boundary is defined: map, layer, area</source>
        <translation>边界如何界定：地图、图层、面积</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Project &amp;ID / registration no.:</source>
        <translation>项目编号/登记号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation>方法学(&amp;M)：</translation>
    </message>
    <message>
        <source>Methodology &amp;version:</source>
        <translation>方法学版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Proponent:</source>
        <translation>项目业主(&amp;P)：</translation>
    </message>
    <message>
        <source>Crediting period &amp;from:</source>
        <translation>计入期自(&amp;F)：</translation>
    </message>
    <message>
        <source>Crediting period &amp;to:</source>
        <translation>计入期至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation>边界(&amp;B)：</translation>
    </message>
    <message>
        <source>A period is sealed, and its seal covers the project&apos;s name and methodology: they stay as they are.</source>
        <translation>已有监测期封存，其封存值涵盖项目名称和方法学：二者保持不变。</translation>
    </message>
    <message>
        <source>Every change is kept in the audit log, with its values before and after.</source>
        <translation>每次修改连同修改前后的值都记入审计日志。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::StartPage</name>
    <message>
        <source>Tanhui — forest carbon monitoring</source>
        <translation>碳汇 — 森林碳汇监测</translation>
    </message>
    <message>
        <source>A project holds the stand layers, the carbon strata, the sample plots of every monitoring period and the results a verifier checks.</source>
        <translation>一个项目包含小班图层、碳层、各监测期的样地以及核查机构核查的结果。</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Open the &amp;demo forest farm</source>
        <translation>打开示范林场(&amp;D)</translation>
    </message>
    <message>
        <source>Open the demo forest farm</source>
        <translation>打开示范林场</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Recent projects: none yet</source>
        <translation>最近的项目(&amp;R)：暂无</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::StockCharts</name>
    <message>
        <source>Mean stock per stratum (%1 % confidence interval)</source>
        <translation>各碳层平均碳储量（%1 % 置信区间）</translation>
    </message>
    <message>
        <source>Carbon stock over the monitoring periods</source>
        <translation>各监测期的碳储量</translation>
    </message>
    <message>
        <source>t CO2e/ha</source>
        <translation>t CO2e/公顷</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Confidence interval</source>
        <translation>置信区间</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>碳储量</translation>
    </message>
    <message>
        <source>Confidence band</source>
        <translation>置信带</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::StratifyDialog</name>
    <message>
        <source>Stratify the project</source>
        <translation>项目分层</translation>
    </message>
    <message>
        <source>Name of the stratification</source>
        <translation>分层名称</translation>
    </message>
    <message>
        <source>What the strata are made from</source>
        <translation>碳层的依据</translation>
    </message>
    <message>
        <source>Stand-age raster, by the age-group (龄组) table</source>
        <translation>林龄栅格，按龄组划分表</translation>
    </message>
    <message>
        <source>Stand polygons (小班), by stratum rules</source>
        <translation>小班面，按分层规则</translation>
    </message>
    <message>
        <source>&amp;Preview the areas</source>
        <translation>预览面积(&amp;P)</translation>
    </message>
    <message>
        <source>Preview the area of each stratum</source>
        <translation>预览各碳层面积</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>取消预览</translation>
    </message>
    <message>
        <source>Progress of the preview</source>
        <translation>预览进度</translation>
    </message>
    <message>
        <source>Area of each stratum</source>
        <translation>各碳层面积</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>碳层</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>Area (mu)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <source>Pixels or stands</source>
        <translation>像元数或小班数</translation>
    </message>
    <message>
        <source>Preview the areas to see them before anything is recorded.</source>
        <translation>记录之前先预览面积。</translation>
    </message>
    <message>
        <source>&amp;Record these strata</source>
        <translation>记录这些碳层(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>依据(&amp;F)：</translation>
    </message>
    <message>
        <source>Stand-age raster</source>
        <translation>林龄栅格</translation>
    </message>
    <message>
        <source>Stand-&amp;age raster:</source>
        <translation>林龄栅格(&amp;A)：</translation>
    </message>
    <message>
        <source>Species-group raster (optional, same grid)</source>
        <translation>树种组栅格（可选，同一格网）</translation>
    </message>
    <message>
        <source>Species-group raster:</source>
        <translation>树种组栅格：</translation>
    </message>
    <message>
        <source>Origin raster (optional, same grid)</source>
        <translation>起源栅格（可选，同一格网）</translation>
    </message>
    <message>
        <source>Origin raster:</source>
        <translation>起源栅格：</translation>
    </message>
    <message>
        <source>Species group of the age-group table</source>
        <translation>龄组划分表的树种组</translation>
    </message>
    <message>
        <source>Region of the age-group table</source>
        <translation>龄组划分表的地区</translation>
    </message>
    <message>
        <source>South</source>
        <translation>南方</translation>
    </message>
    <message>
        <source>North</source>
        <translation>北方</translation>
    </message>
    <message>
        <source>Origin of the stands</source>
        <translation>林分起源</translation>
    </message>
    <message>
        <source>Planted</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>天然</translation>
    </message>
    <message>
        <source>Age-group table row:</source>
        <translation>龄组划分表行：</translation>
    </message>
    <message>
        <source>Ages refer to the year</source>
        <translation>林龄所属年份</translation>
    </message>
    <message>
        <source>Roll the ages forward from their base year</source>
        <translation>从基准年份推算林龄</translation>
    </message>
    <message>
        <source>Base year of the ages</source>
        <translation>林龄基准年份</translation>
    </message>
    <message>
        <source>Monitoring date</source>
        <translation>监测日期</translation>
    </message>
    <message>
        <source>rolled forward to</source>
        <translation>推算至</translation>
    </message>
    <message>
        <source>Ages:</source>
        <translation>林龄：</translation>
    </message>
    <message>
        <source>young</source>
        <translation>幼龄</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>中龄</translation>
    </message>
    <message>
        <source>mature</source>
        <translation>成熟</translation>
    </message>
    <message>
        <source>Age groups of the %1 stratum</source>
        <translation>%1 碳层包含的龄组</translation>
    </message>
    <message>
        <source>Age groups (1 幼 … 5 过熟):</source>
        <translation>龄组（1 幼 … 5 过熟）：</translation>
    </message>
    <message>
        <source>Stand polygons (Shapefile, GeoPackage)</source>
        <translation>小班面（Shapefile、GeoPackage）</translation>
    </message>
    <message>
        <source>Stand &amp;polygons:</source>
        <translation>小班面(&amp;P)：</translation>
    </message>
    <message>
        <source>Stratum rules (JSON)</source>
        <translation>分层规则（JSON）</translation>
    </message>
    <message>
        <source>Stratum &amp;rules:</source>
        <translation>分层规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Reading the layers…</source>
        <translation>正在读取图层…</translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was recorded.</source>
        <translation>预览已取消；未记录任何内容。</translation>
    </message>
    <message>
        <source>The areas could not be computed: %1</source>
        <translation>无法计算面积：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 ha (%2 mu) in %n stratum(s); CRS %3; area by %4.</source>
        <translation>
            <numerusform>%1 公顷（%2 亩），共 %n 个碳层；坐标系 %3；面积算法 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 ha not in any stratum (%2 pixels or stands).</source>
        <translation>⚠ %1 公顷不属于任何碳层（%2 个像元或小班）。</translation>
    </message>
    <message>
        <source>%1 ha of nodata.</source>
        <translation>%1 公顷无数据。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::TablePage</name>
    <message>
        <source>The eastings have 8 digits (the zone number in front), but this CRS has none: choose its &quot;zone&quot; form (e.g. CGCS2000 / 3-degree Gauss-Kruger zone 39).</source>
        <translation>横坐标（东坐标）为 8 位（前面带带号），但此坐标系不带带号：请选择其“zone”形式（例如 CGCS2000 / 3-degree Gauss-Kruger zone 39）。</translation>
    </message>
    <message>
        <source>The eastings have 6 digits (no zone number), but this CRS expects the zone in front: choose its &quot;CM&quot; form (e.g. CGCS2000 / 3-degree Gauss-Kruger CM 117E).</source>
        <translation>横坐标（东坐标）为 6 位（不带带号），但此坐标系要求带号在前：请选择其“CM”形式（例如 CGCS2000 / 3-degree Gauss-Kruger CM 117E）。</translation>
    </message>
    <message>
        <source>The zone number in front of the eastings is not this CRS&apos;s zone.</source>
        <translation>东坐标前的带号与此坐标系的带号不符。</translation>
    </message>
    <message>
        <source>The Easting column seems to hold northings (Gauss-Krüger sheets often call the northing X): swap Easting and Northing.</source>
        <translation>东坐标列似乎是北坐标（高斯-克吕格坐标表常把北坐标称为 X）：请交换东坐标和北坐标。</translation>
    </message>
    <message>
        <source>This CRS is in degrees, but the coordinates are not longitudes and latitudes.</source>
        <translation>此坐标系以度为单位，但坐标不是经纬度。</translation>
    </message>
    <message>
        <source>Plots: columns and coordinates</source>
        <translation>样地：列和坐标</translation>
    </message>
    <message>
        <source>Tree tally: columns</source>
        <translation>每木检尺：列</translation>
    </message>
    <message>
        <source>Check that the text reads right and that each field is in its column.</source>
        <translation>请确认文字显示正确，且每个字段对应正确的列。</translation>
    </message>
    <message>
        <source>Encoding of the file&apos;s text</source>
        <translation>文件文字的编码</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation>%1 所在列</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Coordinate reference system of the plots</source>
        <translation>样地坐标的坐标参考系</translation>
    </message>
    <message>
        <source>type an EPSG code or a name: 4527, CGCS2000, Xian 1980…</source>
        <translation>输入 EPSG 代码或名称：4527、CGCS2000、Xian 1980…</translation>
    </message>
    <message>
        <source>Coordinates&apos; &amp;CRS:</source>
        <translation>坐标系(&amp;C)：</translation>
    </message>
    <message>
        <source>Plot id (样地号)</source>
        <translation>样地号</translation>
    </message>
    <message>
        <source>Plot area, ha</source>
        <translation>样地面积（公顷）</translation>
    </message>
    <message>
        <source>Plot area, m²</source>
        <translation>样地面积（平方米）</translation>
    </message>
    <message>
        <source>Recorded stratum</source>
        <translation>记录的碳层</translation>
    </message>
    <message>
        <source>Slope, degrees</source>
        <translation>坡度（度）</translation>
    </message>
    <message>
        <source>Easting (or longitude)</source>
        <translation>东坐标（或经度）</translation>
    </message>
    <message>
        <source>Northing (or latitude)</source>
        <translation>北坐标（或纬度）</translation>
    </message>
    <message>
        <source>Species (树种)</source>
        <translation>树种</translation>
    </message>
    <message>
        <source>DBH, cm (胸径)</source>
        <translation>胸径（厘米）</translation>
    </message>
    <message>
        <source>Height, m (树高)</source>
        <translation>树高（米）</translation>
    </message>
    <message>
        <source>Wood density, t/m³</source>
        <translation>木材密度（t/m³）</translation>
    </message>
    <message>
        <source>Alive or dead</source>
        <translation>活立木或枯死木</translation>
    </message>
    <message>
        <source>(none: the plots have no coordinates)</source>
        <translation>（无：样地没有坐标）</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1; the first %n row(s) shown.</source>
        <translation>
            <numerusform>按 %1 读取；显示前 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose the CRS the coordinates were surveyed in.</source>
        <translation>请选择坐标测量所用的坐标系。</translation>
    </message>
    <message>
        <source>%1 is the CRS of the project&apos;s stand raster: check that the plots were surveyed in it.</source>
        <translation>%1 是本项目林分栅格的坐标系：请核对样地是否按此坐标系测量。</translation>
    </message>
</context>
<context>
    <name>tanhui::ui::VerifyDialog</name>
    <message>
        <source>✔ holds</source>
        <translation>✔ 一致</translation>
    </message>
    <message>
        <source>✘ DIFFERS</source>
        <translation>✘ 不一致</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Every check holds: the seals, their chain, the results recomputed from the stored inputs and the layers.</source>
        <translation>所有检查均一致：封存、封存链、由存储的输入重新计算的结果以及图层。</translation>
    </message>
    <message>
        <source>Something differs: see the checks marked ✘ below.</source>
        <translation>存在不一致：请查看下方标记为 ✘ 的检查项。</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>核查项</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Seal of %1</source>
        <translation>%1 的封存</translation>
    </message>
    <message>
        <source>sealed %1, content now %2</source>
        <translation>封存时为 %1，当前内容为 %2</translation>
    </message>
    <message>
        <source>Chain at %1</source>
        <translation>%1 处的封存链</translation>
    </message>
    <message>
        <source>follows the seal before it</source>
        <translation>承接前一个封存</translation>
    </message>
    <message>
        <source>does not follow the seal before it</source>
        <translation>未承接前一个封存</translation>
    </message>
    <message>
        <source>recorded %1, the period now holds %2</source>
        <translation>记录为 %1，该监测期当前为 %2</translation>
    </message>
    <message>
        <source>no seal</source>
        <translation>无封存</translation>
    </message>
    <message>
        <source>recorded %1, the period is gone</source>
        <translation>记录为 %1，该监测期已不存在</translation>
    </message>
    <message>
        <source>No period is sealed yet.</source>
        <translation>尚无已封存的监测期。</translation>
    </message>
    <message>
        <source>Results recomputed</source>
        <translation>重新计算的结果</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) compared</source>
        <translation>
            <numerusform>比较了 %n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>stored %1, recomputed %2</source>
        <translation>存储值 %1，重新计算值 %2</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>unchanged, SHA-256 %1</source>
        <translation>未改变，SHA-256 %1</translation>
    </message>
    <message>
        <source>recorded %1, the file now %2</source>
        <translation>记录为 %1，文件当前为 %2</translation>
    </message>
    <message>
        <source>missing (recorded %1)</source>
        <translation>缺失（记录为 %1）</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>%1 的状态</translation>
    </message>
    <message>
        <source>sealed but marked %1: changed outside Tanhui</source>
        <translation>已封存但被标记为 %1：在碳汇之外被修改</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), each linked to the one before by its hash</source>
        <translation>
            <numerusform>%n 行，每行均以哈希值链接到前一行</numerusform>
        </translation>
    </message>
    <message>
        <source>broken before row %1: links removed</source>
        <translation>在第 %1 行之前断裂：链接被删除</translation>
    </message>
    <message>
        <source>broken: row %1 was deleted</source>
        <translation>断裂：第 %1 行被删除</translation>
    </message>
    <message>
        <source>broken at row %1: it, or a row before it, was changed or deleted</source>
        <translation>在第 %1 行断裂：该行或其前面的某一行被修改或删除</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>哈希链</translation>
    </message>
    <message>
        <source>Written outside Tanhui</source>
        <translation>在碳汇之外写入</translation>
    </message>
    <message numerus="yes">
        <source>the last %n row(s), since Tanhui&apos;s last change</source>
        <translation>
            <numerusform>最后 %n 行，写于碳汇上次修改之后</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>%1 的签名</translation>
    </message>
    <message>
        <source>not signed by a trusted key</source>
        <translation>未经受信任的密钥签署</translation>
    </message>
    <message>
        <source>invalid: the seal or its signature was changed</source>
        <translation>无效：封存或其签名被修改</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>由密钥 %1 签署</translation>
    </message>
    <message>
        <source>(differs in: %1)</source>
        <translation>（不一致之处：%1）</translation>
    </message>
</context>
</TS>
