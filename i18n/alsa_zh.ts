<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>alsa</name>
        <message>
            <location filename="../alsa_plugin/core/_accel.py" />
            <source>numba's LLVM {numba_llvm} differs from the LLVM {loaded} already loaded in this process (QGIS's OpenGL driver, Mesa): compiling could crash QGIS, so the numpy kernels are used (slower, same results). Install your distribution's numba (e.g. apt install python3-numba) instead of pip's to get the fast kernels.</source>
            <translation>numba 的 LLVM {numba_llvm} 与本进程中已加载的 LLVM {loaded}（QGIS 的 OpenGL 驱动 Mesa）版本不同：编译可能导致 QGIS 崩溃，因此改用 numpy 内核（速度较慢，结果相同）。请安装发行版自带的 numba（例如 apt install python3-numba），而不是 pip 安装的版本，以使用快速内核。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>bin width {width:g} is below the effective minimum {precision:g} for precision {precision_digits}: every bin holds one value</source>
            <translation>区间宽度 {width:g} 小于精度 {precision_digits} 对应的有效最小值 {precision:g}：每个区间只包含一个值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: favourability</source>
            <translation>{name}：有利度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: LSI</source>
            <translation>{name}：LSI</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: evaluation</source>
            <translation>{name}：评价</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/bivariate.py" />
            <source>{name}: done</source>
            <translation>{name}：完成</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>decisiveness sweep: every factor is classified, so the bin width does not apply</source>
            <translation>决定性扫描：所有因子均为分类因子，区间宽度不适用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>classification compensation: no classified factor, so give the target class count m</source>
            <translation>分类补偿：没有分类因子，请给出目标类别数 m</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>classification compensation: target class count must be a whole number ≥ 1, got {target!r}</source>
            <translation>分类补偿：目标类别数必须为 ≥ 1 的整数，实际为 {target!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/decisiveness.py" />
            <source>classification compensation: Monte Carlo merges must be a whole number ≥ 1, got {n!r}</source>
            <translation>分类补偿：蒙特卡罗合并次数必须为 ≥ 1 的整数，实际为 {n!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>precision must be a whole number from 0 to {MAX_PRECISION} (0 = no rounding), got {precision!r}</source>
            <translation>精度必须为 0 到 {MAX_PRECISION} 之间的整数（0 = 不舍入），实际为 {precision!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>bin width must be in (0, 1] (normalised units), got {width!r}</source>
            <translation>区间宽度必须在 (0, 1] 内（归一化单位），实际为 {width!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>factor {name!r} is flagged classified but its class codes span {vmin:g}…{vmax:g}; use class codes from a compact range (e.g. 1…n)</source>
            <translation>因子 {name!r} 被标记为分类因子，但其类别编码范围为 {vmin:g}…{vmax:g}；请使用连续紧凑范围内的类别编码（例如 1…n）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>factor {name!r} is flagged classified but {bad} of its cells hold non-integer values; reclassify it into integer classes or treat it as a continuous factor</source>
            <translation>因子 {name!r} 被标记为分类因子，但其中 {bad} 个像元为非整数值；请将其重分类为整数类别，或作为连续因子处理</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/factors.py" />
            <source>factor {name!r} has a single value ({vmin:g}) over the study area and cannot separate landslide from stable cells; remove it</source>
            <translation>因子 {name!r} 在研究区内只有单一值（{vmin:g}），无法区分滑坡像元与稳定像元；请将其移除</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>frequency contrast</source>
            <translation>频率对比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>frequency ratio</source>
            <translation>频率比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>information value</source>
            <translation>信息量</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>certainty factor</source>
            <translation>确定性系数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>cosine amplitude</source>
            <translation>余弦振幅</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>weight of evidence</source>
            <translation>证据权</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>weight contrast</source>
            <translation>权重对比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>sufficiency ratio</source>
            <translation>充分比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/methods.py" />
            <source>method: unknown bivariate method {method!r}; use one of {methods}</source>
            <translation>方法：未知的双变量方法 {method!r}；请使用以下之一：{methods}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/__init__.py" />
            <source>the machine-learning models need scikit-learn, which this Python lacks ({error}). Install it into the Python that QGIS runs, e.g. 'python3 -m pip install scikit-learn' (OSGeo4W shell on Windows), or 'sudo apt install python3-sklearn' on Debian/Ubuntu, then restart QGIS</source>
            <translation>机器学习模型需要 scikit-learn，但当前 Python 环境中没有（{error}）。请将其安装到 QGIS 所用的 Python 中，例如 'python3 -m pip install scikit-learn'（Windows 下在 OSGeo4W Shell 中运行），或在 Debian/Ubuntu 上运行 'sudo apt install python3-sklearn'，然后重启 QGIS</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>training design {kind}: none of its {size} cells is a training landslide cell; use Po2 or Po3, or a larger sample</source>
            <translation>训练采样方案 {kind}：其 {size} 个像元中没有训练滑坡像元；请使用 Po2 或 Po3，或增大样本量</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>test design {kind}: there are no test landslides; lower the train ratio below 1 or give a test landslide inventory</source>
            <translation>测试采样方案 {kind}：没有测试滑坡；请将训练比例调到 1 以下，或提供测试滑坡编录</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>test design {kind}: none of its {size} cells is a test landslide cell, so it cannot measure anything; use Po2 or Po3, or a larger sample</source>
            <translation>测试采样方案 {kind}：其 {size} 个像元中没有测试滑坡像元，因而无法评价任何指标；请使用 Po2 或 Po3，或增大样本量</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po1: the sample size must be at least 1, got {n}</source>
            <translation>采样方案 Po1：样本量至少为 1，实际为 {n}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <location filename="../alsa_plugin/report/build.py" />
            <source>cells</source>
            <translation>像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po2: thinning to a minimum spacing needs the grid of valid cells</source>
            <translation>采样方案 Po2：按最小间距稀疏化需要有效像元的格网</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>Po2: {kept} of {total} landslide cells kept at a spacing of at least {spacing:g} cells</source>
            <translation>Po2：{total} 个滑坡像元中保留了 {kept} 个，相互间距至少为 {spacing:g} 个像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <source>non-landslide cells</source>
            <translation>非滑坡像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>unknown sampling design {kind!r}; choose one of {choices}</source>
            <translation>未知的采样方案 {kind!r}；请选择以下之一：{choices}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design {kind}: no non-landslide cell is left for it (every other cell is used elsewhere)</source>
            <translation>采样方案 {kind}：已没有可用的非滑坡像元（其余像元均已另作他用）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design {kind} needs {size} {what}, but only {available} are available; choose a smaller design or a larger study area</source>
            <translation>采样方案 {kind} 需要 {size} 个{what}，但只有 {available} 个可用；请选择更小的采样方案或更大的研究区</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po3 needs one cell per landslide (its centroid or point); none was given</source>
            <translation>采样方案 Po3 需要每个滑坡对应一个像元（其质心或点位），但未提供</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>design Po3: a landslide's cell is not a valid cell of the study area</source>
            <translation>采样方案 Po3：某个滑坡所在的像元不是研究区的有效像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>Po3: {count} landslides share a cell with another and count once</source>
            <translation>Po3：有 {count} 个滑坡与其他滑坡位于同一像元，只计一次</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>Po3: {count} landslide cells lie on the other side's landslides or training cells and are left out</source>
            <translation>Po3：有 {count} 个滑坡像元落在另一组的滑坡像元或训练像元上，已被排除</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/designs.py" />
            <source>a cell position lies outside the valid cells</source>
            <translation>某个像元位置位于有效像元之外</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>KNN: the approximate neighbour search (NEIGHBOUR_SEARCH, neighbour_search='approximate') needs numba, which cannot run here ({error}). Install it into the Python that QGIS runs, e.g. 'python3 -m pip install numba' or 'sudo apt install python3-numba', or choose the exact search</source>
            <translation>KNN：近似近邻搜索（NEIGHBOUR_SEARCH，neighbour_search='approximate'）需要 numba，但它在此无法运行（{error}）。请将其安装到 QGIS 所用的 Python 中，例如 'python3 -m pip install numba' 或 'sudo apt install python3-numba'，或改用精确搜索</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>not installed</source>
            <translation>未安装</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>KNN: {rows} training rows for {labels} labels</source>
            <translation>KNN：{rows} 行训练数据对应 {labels} 个标签</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>KNN: k = {k} neighbours, but the model is trained on only {rows} rows</source>
            <translation>KNN：k = {k} 个近邻，但模型仅在 {rows} 行上训练</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/knn.py" />
            <source>KNN: rows of {width} values, but the model was fitted on {expected}</source>
            <translation>KNN：各行有 {width} 个值，但模型拟合时为 {expected} 个</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/metrics.py" />
            <source>ROC: the design needs landslide and non-landslide cells</source>
            <translation>ROC：该采样方案需要同时包含滑坡像元与非滑坡像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/metrics.py" />
            <source>{labels} labels for {values} probabilities</source>
            <translation>{labels} 个标签对应 {values} 个概率值，数量不一致</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>model {key}: unknown parameter(s) {names}; it takes {allowed}</source>
            <translation>模型 {key}：未知参数 {names}；该模型接受的参数为 {allowed}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking needs one or more base models (BASE_MODELS), each once, and stacking cannot be one of them; got {bases}</source>
            <translation>Stacking 集成需要一个或多个基模型（BASE_MODELS），每个只能出现一次，且 Stacking 本身不能作为基模型；收到的是 {bases}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>KNN: unknown neighbour_search {value!r}; choose one of {choices}</source>
            <translation>KNN：未知的 neighbour_search {value!r}；请从 {choices} 中选择</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>KNN: the approximate neighbour search measures the Euclidean distance (p = 2), got p = {p}; use the exact search for another Minkowski distance</source>
            <translation>KNN：近似近邻搜索使用欧氏距离（p = 2），但得到 p = {p}；其他闵可夫斯基距离请使用精确搜索</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>unknown model {key!r}; choose one of {choices}</source>
            <translation>未知模型 {key!r}；请选择以下之一：{choices}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>training rows: {shape} values for {labels} labels and {factors} factors</source>
            <translation>训练数据行：{shape} 个值对应 {labels} 个标签和 {factors} 个因子，数量不一致</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>the training design needs landslide and non-landslide cells; it has {pos} and {neg}</source>
            <translation>训练采样方案需要同时包含滑坡像元与非滑坡像元；当前分别为 {pos} 个和 {neg} 个</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>classified factor {name!r} has {count} classes in the training design; one-hot encoding takes at most {limit}: reclassify it, or give it as a continuous factor</source>
            <translation>分类因子 {name!r} 在训练采样方案中有 {count} 个类别；独热编码最多支持 {limit} 个：请将其重分类，或作为连续因子输入</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking: the number of folds must be at least 2, got {cv}</source>
            <translation>Stacking 集成：折数至少为 2，实际为 {cv}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking: {cv} folds need at least {cv} landslide and {cv} non-landslide cells in the training design; it has {pos} and {neg}: lower the folds or use a larger design</source>
            <translation>Stacking 集成：{cv} 折交叉验证要求训练采样方案中至少有 {cv} 个滑坡像元和 {cv} 个非滑坡像元，当前分别为 {pos} 个和 {neg} 个：请减少折数或使用更大的采样方案</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>KNN: k = {k} neighbours, but the model is trained on only {rows} rows; lower k or use a larger training design</source>
            <translation>KNN：k = {k} 个近邻，但模型仅用 {rows} 行数据训练；请减小 k 或使用更大的训练采样方案</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>{names} factor names for {flags} classified flags</source>
            <translation>{names} 个因子名称对应 {flags} 个分类标记，数量不一致</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>factor arrays: one array per factor, all of one length</source>
            <translation>因子数组：每个因子一个数组，且所有数组长度相同</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>feature rows for cells {start}-{stop}: shape {shape}, expected {expected}</source>
            <translation>像元 {start}-{stop} 的特征行：形状为 {shape}，应为 {expected}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>prediction chunk must hold at least one cell, got {chunk}</source>
            <translation>预测分块至少应包含一个像元，实际为 {chunk}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/predict.py" />
            <source>predicting the landslide probability of {total} cells</source>
            <translation>正在预测 {total} 个像元的滑坡概率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation precision must be a whole number from 1 to 4, got {opt_precision!r}</source>
            <translation>优化精度必须为 1 到 4 之间的整数，实际为 {opt_precision!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation needs at least one continuous factor: every factor is classified</source>
            <translation>优化至少需要一个连续因子：当前所有因子均为分类因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation strategy must be 'exhaustive' or 'coarse-to-fine', got {strategy!r}</source>
            <translation>优化策略必须为 'exhaustive' 或 'coarse-to-fine'，实际为 {strategy!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>no candidate width reaches the effective minimum {floor:g} of precision {precision}; raise the optimisation precision or lower the precision</source>
            <translation>没有候选宽度达到精度 {precision} 对应的有效最小值 {floor:g}；请提高优化精度或降低精度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>bin width {w:g}</source>
            <translation>区间宽度 {w:g}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/optimise.py" />
            <source>optimisation done</source>
            <translation>优化完成</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <location filename="../alsa_plugin/core/zones.py" />
            <source>equal interval</source>
            <translation>等间距</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <location filename="../alsa_plugin/core/zones.py" />
            <source>quantile</source>
            <translation>分位数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <location filename="../alsa_plugin/core/zones.py" />
            <source>natural breaks</source>
            <translation>自然间断点</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>{name} must be an integer from {low} to {high}, got {value!r}</source>
            <translation>{name} 必须为 {low} 到 {high} 之间的整数，实际为 {value!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>values must be a numeric array: {exc}</source>
            <translation>取值必须为数值数组：{exc}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>method must be one of {methods}; got {method!r}</source>
            <translation>方法必须为 {methods} 之一；实际为 {method!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>values: the factor has only nodata cells; check the raster's nodata</source>
            <translation>取值：该因子只有 NoData 像元；请检查栅格的 NoData 值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/reclassify.py" />
            <source>values: the factor is constant ({value:g} in every valid cell) and cannot be split into classes; leave it out of the factors</source>
            <translation>取值：该因子为常数（每个有效像元均为 {value:g}），无法划分类别；请将其从因子中去除</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>distributions: the number of value bins must be a whole number ≥ 1, got {n!r}</source>
            <translation>分布统计：值区间数必须为 ≥ 1 的整数，实际为 {n!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>a random sample of {n} of the {total} valid cells (seed {seed})</source>
            <translation>从 {total} 个有效像元中随机抽取的 {n} 个像元（随机种子 {seed}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>all {n} valid cells</source>
            <translation>全部 {n} 个有效像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>screening: the sample size must be a whole number ≥ 3, got {n!r}</source>
            <translation>因子筛选：样本量必须为 ≥ 3 的整数，实际为 {n!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>screening: no values given for factor(s) {names}</source>
            <translation>因子筛选：未提供因子 {names} 的数值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{name}: a single value over these cells, so it has no VIF or correlation</source>
            <translation>{name}：在这些像元上只有单一值，因此没有 VIF 或相关系数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{name}: an exact linear combination of the other continuous factors (1 − R² ≤ {tol:g}), so its VIF is infinite; drop it or one of the factors it is made of</source>
            <translation>{name}：是其他连续因子的精确线性组合（1 − R² ≤ {tol:g}），因此其 VIF 为无穷大；请删除该因子，或删除构成它的某个因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>Cramér's V: the number of classes must be a whole number ≥ 2, got {n!r}</source>
            <translation>Cramér's V：类别数必须为 ≥ 2 的整数，实际为 {n!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: too many classes ({ka} × {kb}) for a contingency table; Cramér's V not computed</source>
            <translation>{a} 与 {b}：类别过多（{ka} × {kb}），无法构建列联表；未计算 Cramér's V</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{name}: a single class, so Cramér's V is undefined</source>
            <translation>{name}：只有一个类别，因此 Cramér's V 无定义</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>continuous factors enter weights of evidence with one overlapping bin per value, and Σ W− over all bins dominates the posterior: T is then far from N(L) whatever the data; the check is meaningful for classified factors (or continuous ones reclassified into a few classes)</source>
            <translation>连续因子以每个值一个相互重叠的区间进入证据权模型，所有区间的 Σ W− 主导了后验概率：无论数据如何，T 都会远离 N(L)；该检验仅对分类因子（或重分类为少数几个类别的连续因子）有意义</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a}: VIF ∞ — an exact linear combination of the other continuous factors; drop it</source>
            <translation>{a}：VIF ∞ —— 是其他连续因子的精确线性组合；请删除该因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a}: VIF {vif:.1f} (tolerance {tol:.2f}) — strongly collinear (most with {b}, r {r:+.2f}), consider dropping it or {b}</source>
            <translation>{a}：VIF {vif:.1f}（容差 {tol:.2f}）—— 强共线性（与 {b} 最强，r {r:+.2f}），可考虑删除该因子或 {b}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a}: VIF {vif:.1f} (tolerance {tol:.2f}) — moderately collinear (most with {b}, r {r:+.2f})</source>
            <translation>{a}：VIF {vif:.1f}（容差 {tol:.2f}）—— 中等共线性（与 {b} 最强，r {r:+.2f}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: Pearson r {r:+.2f}, Spearman ρ {rho:+.2f} (pairwise VIF {vif:.1f}) — strongly correlated, consider dropping one</source>
            <translation>{a} 与 {b}：Pearson r {r:+.2f}，Spearman ρ {rho:+.2f}（两两 VIF {vif:.1f}）—— 强相关，可考虑删除其中之一</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: Cramér's V {v:.2f} — strongly associated, consider dropping one</source>
            <translation>{a} 与 {b}：Cramér's V {v:.2f} —— 强关联，可考虑删除其中之一</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>{a} and {b}: Cramér's V {v:.2f} — moderately associated</source>
            <translation>{a} 与 {b}：Cramér's V {v:.2f} —— 中等关联</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — below 0.85: the factors are not conditionally independent given landslides; read the WoE posterior as a relative ranking, not a probability, or drop or merge dependent factors</source>
            <translation>证据权：N(L)/T = {ratio:.2f}（T = {t:.1f} 为预测值，N(L) = {n_l:g} 为观测值；Agterberg–Cheng z = {z:.2f}，单侧 p = {p:.3g}）—— 低于 0.85：在给定滑坡的条件下，各因子不满足条件独立；请将 WoE 后验概率视为相对排序而非概率，或删除、合并相互依赖的因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — T exceeds N(L) significantly, but the ratio is above 0.85: mild conditional dependence</source>
            <translation>证据权：N(L)/T = {ratio:.2f}（T = {t:.1f} 为预测值，N(L) = {n_l:g} 为观测值；Agterberg–Cheng z = {z:.2f}，单侧 p = {p:.3g}）—— T 显著超过 N(L)，但比值高于 0.85：轻度条件依赖</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/screening.py" />
            <source>weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — no sign of conditional dependence</source>
            <translation>证据权：N(L)/T = {ratio:.2f}（T = {t:.1f} 为预测值，N(L) = {n_l:g} 为观测值；Agterberg–Cheng z = {z:.2f}，单侧 p = {p:.3g}）—— 无条件依赖迹象</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>separate test inventory (SPLIT_BY does not apply): training {train_landslides} landslides ({train_cells} cells), test {test_landslides} landslides ({test_cells} cells)</source>
            <translation>单独的测试编录（SPLIT_BY 不适用）：训练滑坡 {train_landslides} 个（{train_cells} 个像元），测试滑坡 {test_landslides} 个（{test_cells} 个像元）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>no test set: {train_landslides} training landslides ({train_cells} cells)</source>
            <translation>无测试集：训练滑坡 {train_landslides} 个（{train_cells} 个像元）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>split by whole landslides: training {train_landslides} landslides ({train_cells} cells), test {test_landslides} landslides ({test_cells} cells); no landslide on both sides</source>
            <translation>按整个滑坡划分：训练滑坡 {train_landslides} 个（{train_cells} 个像元），测试滑坡 {test_landslides} 个（{test_cells} 个像元）；没有滑坡同时位于两侧</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>split by landslide cells: training {train_landslides} landslides ({train_cells} cells), test {test_landslides} landslides ({test_cells} cells); {both_sides} landslides have cells on both sides</source>
            <translation>按滑坡像元划分：训练滑坡 {train_landslides} 个（{train_cells} 个像元），测试滑坡 {test_landslides} 个（{test_cells} 个像元）；{both_sides} 个滑坡的像元同时位于两侧</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>{name}: shape {shape} differs from the factors' shape {expected}</source>
            <translation>{name}：形状 {shape} 与因子的形状 {expected} 不同</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>{name}: landslide weights must not be negative</source>
            <translation>{name}：滑坡权重不能为负</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>train ratio must be in (0, 1] (1 = no test set), got {train_ratio!r}</source>
            <translation>训练比例必须在 (0, 1] 内（1 = 无测试集），实际为 {train_ratio!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>SPLIT_BY must be one of {choices}, got {split_by!r}</source>
            <translation>SPLIT_BY 必须是 {choices} 之一，实际为 {split_by!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>{name}: the landslide objects' shape {shape} differs from the factors' shape {expected}</source>
            <translation>{name}：滑坡对象的形状 {shape} 与因子的形状 {expected} 不同</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>no factor given: add at least one classified or continuous factor</source>
            <translation>未提供因子：请至少添加一个分类因子或连续因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor names must be unique; repeated: {value}</source>
            <translation>因子名称必须唯一；重复的名称：{value}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor {name!r} has shape {shape}, but {first!r} has {expected}; bring all factors onto one grid</source>
            <translation>因子 {name!r} 的形状为 {shape}，而 {first!r} 的形状为 {expected}；请将所有因子统一到同一格网</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>splitting by whole landslides needs the landslide objects</source>
            <translation>按整个滑坡划分需要滑坡对象</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>mask: shape {shape} differs from the factors' shape {expected}</source>
            <translation>掩膜：形状 {shape} 与因子的形状 {expected} 不同</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor {name!r} has only nodata cells; remove it or fix its nodata value</source>
            <translation>因子 {name!r} 只有 NoData 像元；请将其移除或修正其 NoData 值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>no valid cell: the factors' data do not overlap inside the processing extent</source>
            <translation>没有有效像元：各因子的数据在处理范围内没有重叠</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslide weight {outside:g} lies on invalid cells (outside the extent or nodata) and is ignored</source>
            <translation>滑坡权重 {outside:g} 落在无效像元上（处理范围之外或 NoData），已忽略</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslides: no landslide cell falls on a valid cell of the study area (check the layer's extent, CRS and the factors' nodata)</source>
            <translation>滑坡：没有任何滑坡像元落在研究区的有效像元上（请检查图层的范围、CRS 以及因子的 NoData）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslides: total landslide weight must be smaller than the number of valid cells</source>
            <translation>滑坡：滑坡总权重必须小于有效像元数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>test landslides: no test landslide cell falls on a valid cell of the study area</source>
            <translation>测试滑坡：没有任何测试滑坡像元落在研究区的有效像元上</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>train ratio {train_ratio} leaves no training landslide among {size} landslides; raise it, or split by landslide cells</source>
            <translation>训练比例 {train_ratio} 使 {size} 个滑坡中没有一个训练滑坡；请提高训练比例，或按滑坡像元划分</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>train ratio {train_ratio} leaves no training landslide cell among {size}; raise it</source>
            <translation>训练比例 {train_ratio} 使 {size} 个滑坡像元中没有一个训练滑坡像元；请提高训练比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>flat-area mask: shape {shape} differs from the factors' shape {expected}</source>
            <translation>平地掩膜：形状 {shape} 与因子的形状 {expected} 不同</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>flat-area constraint: {cells} cells get a null LSI</source>
            <translation>平地约束：{cells} 个像元的 LSI 被置为空值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factor {name!r} has shape {shape}, but the study area has {expected}</source>
            <translation>因子 {name!r} 的形状为 {shape}，而研究区的形状为 {expected}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>encoding factor {name}</source>
            <translation>正在编码因子 {name}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>factors encoded</source>
            <translation>因子已编码</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>flat-area constraint: kind must be 'slope' or 'aspect', got {kind!r}</source>
            <translation>平地约束：类型必须为 'slope' 或 'aspect'，实际为 {kind!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/warmup.py" />
            <source>Preparing the fast numba kernels (compiled once after installing or upgrading the plugin, 15-30 s; loaded in about a second after that) …</source>
            <translation>正在准备 numba 快速内核（安装或升级插件后编译一次，需 15–30 秒；之后约一秒即可加载）…</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/warmup.py" />
            <source>waiting for the numba kernels</source>
            <translation>正在等待 numba 内核</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/warmup.py" />
            <source>numba kernel {kernel} ({i}/{n})</source>
            <translation>numba 内核 {kernel}（{i}/{n}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>cumulative landslide share</source>
            <translation>累计滑坡比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>moderate</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>very high</source>
            <translation>极高</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>very low</source>
            <translation>极低</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>extremely high</source>
            <translation>特高</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>zone {k}</source>
            <translation>分区 {k}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>SHARES: give 1 to {most} increasing landslide percentages between 0 and 100, separated by commas (e.g. 50,75,90,95); got {text!r}</source>
            <translation>SHARES：请给出 1 到 {most} 个介于 0 和 100 之间、依次递增的滑坡百分比，以逗号分隔（例如 50,75,90,95）；实际为 {text!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>LANDSLIDES: no landslide lies on a ranked cell; zones by landslide share need some</source>
            <translation>LANDSLIDES：没有任何滑坡位于参与排序的像元上；按滑坡比例分区需要至少有一部分滑坡位于这些像元上</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>BREAKS must be one of {methods}; got {method!r}</source>
            <translation>BREAKS 必须为 {methods} 之一；实际为 {method!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>zones by cumulative landslide share need the training landslides</source>
            <translation>按累计滑坡比例分区需要训练滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>N_ZONES must be a whole number from {low} to {high}, got {n!r}</source>
            <translation>N_ZONES 必须为 {low} 到 {high} 之间的整数，实际为 {n!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/zones.py" />
            <source>INPUT: the susceptibility map has no ranked cell</source>
            <translation>INPUT：易发性图中没有参与排序的像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: the raster has {bands} bands; band 1 is used. To use another band, extract it first (Processing: GDAL ▸ Raster conversion ▸ Rearrange bands, or gdal_translate -b N)</source>
            <translation>{label}：该栅格有 {bands} 个波段，仅使用波段 1。如需使用其他波段，请先将其提取出来（数据处理：GDAL ▸ 栅格转换 ▸ 重排波段，或 gdal_translate -b N）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: the file has no CRS; the CRS set in QGIS is used ({crs})</source>
            <translation>{label}：文件没有 CRS；使用在 QGIS 中设置的 CRS（{crs}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: the CRS set in QGIS ({crs}) is used instead of the file's ({file_crs})</source>
            <translation>{label}：使用在 QGIS 中设置的 CRS（{crs}），而非文件自身的 CRS（{file_crs}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: GDAL cannot open {path!r} ({exc}); check that the file exists and is a complete raster (a damaged or half-copied file cannot be read: copy or export it again)</source>
            <translation>{label}：GDAL 无法打开 {path!r}（{exc}）；请检查文件是否存在、是否为完整的栅格（损坏或未复制完整的文件无法读取：请重新复制或导出）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: {path!r} holds no raster band; choose a raster layer</source>
            <translation>{label}：{path!r} 不含栅格波段；请选择栅格图层</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: {path!r} has no north-up georeferencing; warp it to a north-up grid first</source>
            <translation>{label}：{path!r} 的地理参考不是正北朝上；请先将其变形到正北朝上的格网</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: {path!r} has no CRS; assign one (Raster ▸ Projections ▸ Assign Projection)</source>
            <translation>{label}：{path!r} 没有 CRS；请为其指定一个（栅格 ▸ 投影 ▸ 指定投影）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: its CRS {src_wkt} cannot be transformed to the analysis CRS {dst_wkt} ({exc}); reproject it first</source>
            <translation>{label}：其 CRS {src_wkt} 无法转换到分析所用的 CRS {dst_wkt}（{exc}）；请先对其重投影</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>{label}: its extent cannot be transformed from {src_wkt} to {dst_wkt}; reproject it</source>
            <translation>{label}：其范围无法从 {src_wkt} 转换到 {dst_wkt}；请对其重投影</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>cell size must be a positive number of CRS units, got {cell!r}</source>
            <translation>像元大小必须为正数（CRS 单位），实际为 {cell!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>the processing extent {bounds} holds no cell of size {cell:g}</source>
            <translation>处理范围 {bounds} 内容纳不下一个大小为 {cell:g} 的像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/grid.py" />
            <source>the grid would hold {cols} × {rows} cells; choose a larger cell size or a smaller extent</source>
            <translation>格网将包含 {cols} × {rows} 个像元；请选择更大的像元大小或更小的范围</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{existing} is not a folder</source>
            <translation>{existing} 不是文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{existing} is not writable</source>
            <translation>{existing} 不可写</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{label}: the folder {folder!r} cannot be written ({why})</source>
            <translation>{label}：无法写入文件夹 {folder!r}（{why}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>a name without extension</source>
            <translation>无扩展名的文件名</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>a {suffix} name</source>
            <translation>扩展名为 {suffix} 的文件名</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{label}: {path!r} is {kind}, but the plugin writes GeoTIFF rasters; name it {name!r} (then convert it with Raster ▸ Conversion ▸ Translate if you need another format)</source>
            <translation>{label}：{path!r} 是{kind}，但本插件输出的是 GeoTIFF 栅格；请将其命名为 {name!r}（如需其他格式，之后可用 栅格 ▸ 转换 ▸ 转换 (格式转换) 进行转换）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}{path!r} is one of the inputs; choose another output name or folder</source>
            <translation>{what}{path!r} 是输入之一；请选择其他输出名称或文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>output </source>
            <translation>输出：</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}{final!r} is a folder; give a file name, e.g. {value!r}</source>
            <translation>{what}{final!r} 是一个文件夹；请给出文件名，例如 {value!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}{final!r} exists and is read-only; choose another file name, or make it writable</source>
            <translation>{what}{final!r} 已存在且为只读；请选择其他文件名，或将其改为可写</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}the folder {parent!r} cannot be created ({strerror}); choose another folder</source>
            <translation>{what}无法创建文件夹 {parent!r}（{strerror}）；请选择其他文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>{what}the folder {parent!r} is not writable; choose a folder you can write to</source>
            <translation>{what}文件夹 {parent!r} 不可写；请选择一个有写入权限的文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source> ({mb:.0f} MB free)</source>
            <translation>（剩余 {mb:.0f} MB）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the disk holding {where} is full{free}: the outputs could not be written ({error}). Nothing was written; free some space, or choose an output folder on another disk, and run again</source>
            <translation>{where} 所在的磁盘已满{free}：无法写入输出（{error}）。未写入任何文件；请释放磁盘空间，或选择其他磁盘上的输出文件夹，然后重新运行</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the outputs in {where} could not be written ({error}); the folder or file is read-only: choose another output folder or file name. Nothing was written</source>
            <translation>无法写入 {where} 中的输出（{error}）；文件夹或文件为只读：请选择其他输出文件夹或文件名。未写入任何文件</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/outputs.py" />
            <source>the outputs in {where} could not be written ({error}). Nothing was written; check the folder and disk</source>
            <translation>无法写入 {where} 中的输出（{error}）。未写入任何文件；请检查文件夹和磁盘</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: its extent {extent} does not overlap the processing extent {grid_extent} (CRS {crs}); check the layer, the EXTENT/MASK and their CRS</source>
            <translation>{label}：其范围 {extent} 与处理范围 {grid_extent}（CRS {crs}）不重叠；请检查该图层、EXTENT/MASK 及其 CRS</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: reprojected from {crs} to {grid_crs} ({how})</source>
            <translation>{label}：已从 {crs} 重投影到 {grid_crs}（{how}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: resampled from cell size {cell:g} to {grid_cell:g} ({how})</source>
            <translation>{label}：已从像元大小 {cell:g} 重采样为 {grid_cell:g}（{how}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: the pixels of {path!r} cannot be read ({exc}); the file is damaged or incomplete (an interrupted copy or download?): copy or export it again</source>
            <translation>{label}：无法读取 {path!r} 的像素（{exc}）；文件已损坏或不完整（复制或下载被中断？）：请重新复制或导出</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>classified factor {name!r}</source>
            <translation>分类因子 {name!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>continuous factor {name!r}</source>
            <translation>连续因子 {name!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: the raster holds negative values (e.g. {lowest:g}); a landslide raster holds 1 in landslide cells and 0 elsewhere (or whole landslide counts)</source>
            <translation>{label}：该栅格包含负值（例如 {lowest:g}）；滑坡栅格应在滑坡像元中为 1、其他位置为 0（或为整数的滑坡个数）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: {n} cells hold values that are not whole numbers (e.g. {example:g}, largest {highest:g}); a landslide raster holds 1 in landslide cells and 0 elsewhere (or whole landslide counts). A susceptibility or probability map is not a landslide inventory; if this raster does mark landslides, make it 0/1 first (Raster Calculator: "layer@1" &gt; 0)</source>
            <translation>{label}：有 {n} 个像元的值不是整数（例如 {example:g}，最大为 {highest:g}）；滑坡栅格应在滑坡像元中为 1、其他位置为 0（或为整数的滑坡个数）。易发性图或概率图不是滑坡编录；如果该栅格确实标记了滑坡，请先将其转为 0/1（栅格计算器："layer@1" &gt; 0）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>the raster {path!r} holds no landslide cell at all (every cell is 0 or nodata); check that it is the landslide raster and that landslide cells hold 1</source>
            <translation>栅格 {path!r} 中没有任何滑坡像元（所有像元均为 0 或 NoData）；请检查它是否为滑坡栅格，以及滑坡像元是否为 1</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>the raster's landslide cells all lie outside the processing extent (the first factor's extent, or EXTENT/MASK); check the layer, its CRS and the extent</source>
            <translation>该栅格的滑坡像元全部位于处理范围（第一个因子的范围，或 EXTENT/MASK）之外；请检查该图层、其 CRS 以及处理范围</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/rasters.py" />
            <source>{label}: {objects} landslides (connected patches of landslide cells, 8-connectivity)</source>
            <translation>{label}：{objects} 个滑坡（滑坡像元的连通斑块，8 邻域连通）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: {files} already exists; nothing overwritten: choose an empty folder</source>
            <translation>示例数据：{files} 已存在；未覆盖任何文件：请选择一个空文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: {files} already exist; nothing overwritten: choose an empty folder</source>
            <translation>示例数据：{files} 已存在；未覆盖任何文件：请选择一个空文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: the folder {folder!r} cannot be written ({strerror})</source>
            <translation>示例数据：无法写入文件夹 {folder!r}（{strerror}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/sample_data.py" />
            <source>sample data: {dst!r} appeared while writing; not overwritten</source>
            <translation>示例数据：{dst!r} 在写入过程中出现；未覆盖</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: OGR cannot open {path!r} ({exc})</source>
            <translation>{label}：OGR 无法打开 {path!r}（{exc}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: the layer has no feature</source>
            <translation>{label}：该图层没有要素</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: WEIGHT_FIELD applies to point layers only; clear it for polygons</source>
            <translation>{label}：WEIGHT_FIELD 仅适用于点图层；对于面图层请将其清空</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: there is no field {weight_field!r} to read landslide weights from</source>
            <translation>{label}：没有可读取滑坡权重的字段 {weight_field!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: no feature lies inside the processing extent (or, for polygons, covers a cell centre); check the layer's extent and CRS, or try all-touched</source>
            <translation>{label}：没有要素位于处理范围内（对于面要素：没有覆盖任何像元中心）；请检查图层的范围和 CRS，或尝试 ALL_TOUCHED（面标记其接触的所有像元）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: the mask polygons cover no cell centre of the grid; check its CRS and extent</source>
            <translation>{label}：掩膜面未覆盖格网的任何像元中心；请检查其 CRS 和范围</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gis/vectors.py" />
            <source>{label}: {features} features make {objects} landslides on the grid (overlapping polygons, or points in one cell, count as one landslide; a polygon that covers no cell is none)</source>
            <translation>{label}：{features} 个要素在格网上构成 {objects} 个滑坡（相互重叠的多边形或同一像元中的点算作一个滑坡；不覆盖任何像元的多边形不计）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Compare all (the eight methods, optimal and conventional)</source>
            <translation>全部比较（八种方法，最优与常规情景）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Compare models and methods</source>
            <translation>比较模型与方法</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>default: 500000, or every cell when fewer</source>
            <translation>默认：500000，少于此数时取全部像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Classified</source>
            <translation>分类因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Factor</source>
            <translation>因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>first factor's</source>
            <translation>同第一个因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../processing_provider/study_parameters.py" />
            <source>Landslides</source>
            <translation>滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Vector or raster files (*)</source>
            <translation>矢量或栅格文件 (*)</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>QGIS cannot read {path}</source>
            <translation>QGIS 无法读取 {path}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <location filename="../alsa_plugin/gui/validation.py" />
            <source>Another run is writing into this folder; wait or choose another.</source>
            <translation>另一个运行正在写入此文件夹；请等待，或选择其他文件夹。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>ALSA comparison (best: {method})</source>
            <translation>ALSA 比较（最佳：{method}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Done: {name}</source>
            <translation>完成：{name}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Success rate: {rate:.4f}</source>
            <translation>成功率：{rate:.4f}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Prediction rate: {rate:.4f}</source>
            <translation>预测率：{rate:.4f}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Prediction rate: none (no test set)</source>
            <translation>预测率：无（没有测试集）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Bin width: {width:g}</source>
            <translation>区间宽度：{width:g}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>ROC AUC: {train:.4f} (training design), {test:.4f} (test design)</source>
            <translation>ROC AUC：{train:.4f}（训练采样方案），{test:.4f}（测试采样方案）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Best model or method: {item}</source>
            <translation>最佳模型或方法：{item}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Best method: {method}</source>
            <translation>最佳方法：{method}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the output folder</source>
            <translation>打开输出文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the log</source>
            <translation>打开日志</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the comparison table</source>
            <translation>打开比较表</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Open the report</source>
            <translation>打开报告</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>ALSA</source>
            <translation>ALSA</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>{name} finished</source>
            <translation>{name} 已完成</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/dialog.py" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>{unit} (first factor: {size:g})</source>
            <translation>{unit}（第一个因子：{size:g}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>'{name}' is ticked as classified but holds decimal values.</source>
            <translation>“{name}”被勾选为分类因子，但包含小数值。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>'{name}' holds 8-bit whole numbers like class codes: classified?</source>
            <translation>“{name}”包含类似类别编码的 8 位整数：是否为分类因子？</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>Factor rasters</source>
            <translation>因子栅格</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/factor_table.py" />
            <source>Rasters (*.tif *.tiff *.img *.asc *.vrt);;All files (*)</source>
            <translation>栅格 (*.tif *.tiff *.img *.asc *.vrt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <location filename="../alsa_plugin/gui/validation.py" />
            <source>The ALSA Processing provider is not loaded; enable the plugin again.</source>
            <translation>ALSA 数据处理提供程序未加载；请重新启用该插件。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <source>Cancelled: no output file was written.</source>
            <translation>已取消：未写入任何输出文件。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <source>The run failed (see the log panel).</source>
            <translation>运行失败（详见日志信息面板）。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/runner.py" />
            <source>{error} (an unexpected error: the details are in the log panel, Processing tab)</source>
            <translation>{error}（意外错误：详细信息见日志信息面板的“数据处理”选项卡）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/gui/validation.py" />
            <source>Choose a folder for the output files.</source>
            <translation>请为输出文件选择一个文件夹。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>every factor is classified: precision, bin width and optimisation do not apply</source>
            <translation>所有因子均为分类因子：精度、区间宽度和优化均不适用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <source>writing the LSI</source>
            <translation>正在写入 LSI</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>LSI {method}</source>
            <translation>LSI {method}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>zones</source>
            <translation>划分分区</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>writing the report</source>
            <translation>正在写入报告</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/bivariate_job.py" />
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSES: give the numbers of classes of the conventional scenarios, e.g. "10,5,3"</source>
            <translation>CLASSES：请给出常规情景的类别数，例如 "10,5,3"</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSES: {item!r} is not a whole number of classes from 2 to {MAX_CLASSES}; give a comma-separated list such as "10,5,3"</source>
            <translation>CLASSES：{item!r} 不是 2 到 {MAX_CLASSES} 之间的整数类别数；请给出逗号分隔的列表，例如 "10,5,3"</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSES: {n} classes is listed twice; give each number of classes once</source>
            <translation>CLASSES：{n} 个类别被列出了两次；每个类别数只需给出一次</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CLASSIFICATION: unknown method {classification!r}; use one of {value}</source>
            <translation>CLASSIFICATION：未知方法 {classification!r}；请使用以下之一：{value}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>CONTINUOUS_FACTORS: no continuous factor, so comparing optimal (classification-free) with conventional (n classes) scenarios is meaningless: with classified factors only, every scenario is the same. Add at least one continuous factor, or run a single bivariate method instead.</source>
            <translation>CONTINUOUS_FACTORS：没有连续因子，因此比较最优（免分类）情景与常规（n 个类别）情景没有意义：只有分类因子时，所有情景完全相同。请至少添加一个连续因子，或改为运行单个双变量方法。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>LSI {method} (optimal)</source>
            <translation>LSI {method}（最优）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>{method}: optimal width {width:g}</source>
            <translation>{method}：最优宽度 {width:g}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>Spearman rank correlation of the optimal LSI maps</source>
            <translation>最优 LSI 图之间的 Spearman 秩相关</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>reclassifying into {n} classes</source>
            <translation>正在重分类为 {n} 个类别</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>{method}: {n} classes</source>
            <translation>{method}：{n} 个类别</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>writing the tables</source>
            <translation>正在写入表格</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>{label}: unknown {unknown}; choose from {choices}</source>
            <translation>{label}：未知的 {unknown}；请从 {choices} 中选择</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>{label}: {keys} chosen more than once; choose each once</source>
            <translation>{label}：{keys} 被选择了不止一次；每项只能选择一次</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>MODELS and METHODS are both empty: choose at least one model (MODELS) or bivariate method (METHODS) to compare</source>
            <translation>MODELS 和 METHODS 均为空：请至少选择一个要比较的模型（MODELS）或双变量方法（METHODS）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>OUTPUT_TABLE: {path!r} is not a .csv name; the table is written as CSV, e.g. {name!r}</source>
            <translation>OUTPUT_TABLE：{path!r} 不是 .csv 文件名；比较表以 CSV 格式写出，例如 {name!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>OUTPUT_FOLDER: the folder {folder!r} cannot be created ({strerror}); choose another folder</source>
            <translation>OUTPUT_FOLDER：无法创建文件夹 {folder!r}（{strerror}）；请选择其他文件夹</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>model {i} of {n}: {name}</source>
            <translation>模型 {i}/{n}：{name}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>method {i} of {n}: {name}</source>
            <translation>方法 {i}/{n}：{name}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_models_job.py" />
            <source>writing the comparison</source>
            <translation>正在写出比较结果</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>CRITERION must be one of {criteria}, got {criterion!r}</source>
            <translation>CRITERION 必须为 {criteria} 之一，实际为 {criterion!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>TARGET_CLASSES must be a whole number ≥ 0 (0: the smallest class count), got {n!r}</source>
            <translation>TARGET_CLASSES 必须为 ≥ 0 的整数（0：取最小的类别数），实际为 {n!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>N_MERGES must be a whole number ≥ 1, got {n!r}</source>
            <translation>N_MERGES 必须为 ≥ 1 的整数，实际为 {n!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>CF bin width optimised over k·10^−{q}: {width:g} (prediction rate {rate:.4f})</source>
            <translation>在 k·10^−{q} 上优化得到的 CF 区间宽度：{width:g}（预测率 {rate:.4f}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>CF bin width optimised over k·10^−{q}: {width:g} (success rate {rate:.4f}, no test set)</source>
            <translation>在 k·10^−{q} 上优化得到的 CF 区间宽度：{width:g}（成功率 {rate:.4f}，无测试集）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>decisiveness</source>
            <translation>决定性</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>decisiveness over the bin widths</source>
            <translation>各区间宽度下的决定性</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/decisiveness_job.py" />
            <source>every factor is classified: the sweep over bin widths does not apply; none written</source>
            <translation>所有因子均为分类因子：区间宽度扫描不适用；未写出扫描结果</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>INPUT: the susceptibility raster has no valid cell inside MASK; check its nodata value</source>
            <translation>INPUT：易发性栅格在 MASK 内没有有效像元；请检查其 NoData 值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>INPUT: the susceptibility raster has no valid cell; check its nodata value</source>
            <translation>INPUT：易发性栅格没有有效像元；请检查其 NoData 值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>its cells would be ranked as the least (or most) susceptible and distort every rate</source>
            <translation>这些像元会被排为易发性最低（或最高）的像元，使所有成功率和预测率失真</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>{label}: every landslide cell lies on nodata of the susceptibility raster (or outside MASK); nothing to evaluate</source>
            <translation>{label}：所有滑坡像元都位于易发性栅格的 NoData 上（或 MASK 之外）；没有可评价的内容</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>{label}: {lost} of {cells} landslide cells (weight {lost_weight:g} of {weight:g}) lie on nodata of the susceptibility raster or outside MASK and are not counted</source>
            <translation>{label}：{cells} 个滑坡像元中有 {lost} 个（权重 {weight:g} 中的 {lost_weight:g}）位于易发性栅格的 NoData 上或 MASK 之外，未计入</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>reading the susceptibility raster</source>
            <translation>正在读取易发性栅格</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>rasterising {label}</source>
            <translation>正在栅格化 {label}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/evaluate_job.py" />
            <source>success and prediction rates</source>
            <translation>成功率与预测率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>N_CLASSES must be a whole number from 2 to 1000, got {n!r}</source>
            <translation>N_CLASSES 必须为 2 到 1000 之间的整数，实际为 {n!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>SAMPLE_CELLS must be a whole number from 1000 to 100000000, got {n!r}</source>
            <translation>SAMPLE_CELLS 必须为 1000 到 100000000 之间的整数，实际为 {n!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>distributions</source>
            <translation>分布统计</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>VIF and correlations</source>
            <translation>VIF 与相关系数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>no continuous factor: VIF and correlations not computed</source>
            <translation>没有连续因子：未计算 VIF 与相关系数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <location filename="../alsa_plugin/report/build.py" />
            <source>Cramér's V</source>
            <translation>Cramér's V</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>conditional independence</source>
            <translation>条件独立性</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>conditional independence checked with the continuous factors in {n} equal-interval classes (classification-free bins make the check meaningless)</source>
            <translation>条件独立性检验中，连续因子按 {n} 个等间距类别处理（免分类区间会使该检验失去意义）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>a single factor: Cramér's V and the conditional-independence check need at least two factors</source>
            <translation>只有一个因子：Cramér's V 和条件独立性检验至少需要两个因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/factor_analysis_job.py" />
            <source>needs at least two factors, got {n}</source>
            <translation>至少需要两个因子，实际为 {n}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>no factor given: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS</source>
            <translation>未提供因子：请至少向 CONTINUOUS_FACTORS 或 CLASSIFIED_FACTORS 添加一个栅格</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster {path!r} is given both as a classified and as a continuous factor; use it in one list only</source>
            <translation>栅格 {path!r} 同时被作为分类因子和连续因子给出；请只在其中一个列表中使用</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster {path!r} is given twice as a factor; give it once</source>
            <translation>栅格 {path!r} 被作为因子给出了两次；请只给出一次</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>factor names must be unique, got {names}</source>
            <translation>因子名称必须唯一，实际为 {names}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>reading factor {name}</source>
            <translation>正在读取因子 {name}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>rasterising landslides</source>
            <translation>正在栅格化滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>mask and flat areas</source>
            <translation>掩膜与平地区域</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>checking the values</source>
            <translation>正在检查数值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>inputs on the grid</source>
            <translation>输入数据已对齐到格网</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>FLAT_SLOPE: the slope raster is 0 in every valid cell, so the flat-area constraint would give every cell a null LSI and nothing could be ranked; check that FLAT_SLOPE is a slope raster (0 only on flat ground), or leave it empty</source>
            <translation>FLAT_SLOPE：坡度栅格在所有有效像元中均为 0，因此平地约束会使所有像元的 LSI 为空值，无法进行排序；请检查 FLAT_SLOPE 是否为坡度栅格（仅在平地处为 0），或将其留空</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>it would squeeze every real value into a sliver of the normalised range and make the result meaningless</source>
            <translation>它会把所有真实值挤压到归一化范围中极窄的一段内，使结果失去意义</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster declares no nodata value</source>
            <translation>该栅格未声明 NoData 值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster's declared nodata value is {nodata}</source>
            <translation>该栅格声明的 NoData 值为 {nodata}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>{label}: {count} cells hold {v}, far outside all the other values ({lo2:g} to {hi2:g}), and {declared}: {v} looks like a nodata marker. Analysed as data {harm}. Declare it as the raster's nodata value and run again: gdal_edit.py -a_nodata {v} "{path}", or in QGIS Raster ▸ Conversion ▸ Translate with 'Assign a specified nodata value to output bands' = {v} and use the new file (Layer Properties ▸ Transparency only changes how the layer is drawn, not the file)</source>
            <translation>{label}：有 {count} 个像元的值为 {v}，远离其他所有值（{lo2:g} 至 {hi2:g}），且{declared}：{v} 看起来是 NoData 标记值。若将其作为数据分析，{harm}。请将其声明为该栅格的 NoData 值后重新运行：gdal_edit.py -a_nodata {v} "{path}"，或在 QGIS 中使用 栅格 ▸ 转换 ▸ 转换 (格式转换)，将“将指定的无数据值分配给输出波段”设为 {v}，并使用新生成的文件（图层属性 ▸ 透明度 只改变图层的显示方式，不改变文件本身）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>the raster declares nodata {nodata}, not 0</source>
            <translation>该栅格声明的 NoData 值为 {nodata}，而不是 0</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>{label}: {zero} of {total} valid cells ({percent:.1f}%) hold class 0 and {declared}, so 0 is analysed as a class. If 0 marks the outside of the data, declare it nodata and run again (gdal_edit.py -a_nodata 0 "{path}", or Raster ▸ Conversion ▸ Translate with 'Assign a specified nodata value to output bands' = 0)</source>
            <translation>{label}：{total} 个有效像元中有 {zero} 个（{percent:.1f}%）为类别 0，且{declared}，因此 0 被作为一个类别进行分析。如果 0 表示数据范围之外的区域，请将其声明为 NoData 后重新运行（gdal_edit.py -a_nodata 0 "{path}"，或使用 栅格 ▸ 转换 ▸ 转换 (格式转换)，将“将指定的无数据值分配给输出波段”设为 0）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>memory: about {need} needed (the memory available is not known here)</source>
            <translation>内存：约需 {need}（此处无法获知可用内存）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>memory: about {need} needed, {available} available</source>
            <translation>内存：约需 {need}，可用 {available}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source> (a CELL_SIZE of about {cell:g} or more would fit)</source>
            <translation>（CELL_SIZE 约为 {cell:g} 或更大即可）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>CELL_SIZE: the grid of {rows} × {cols} = {cells:,} cells (cell size {cell:g}) with 1 factor needs about {need} of memory, but only {available} is available; nothing was read. Choose a larger CELL_SIZE{hint}, a smaller EXTENT or MASK, or fewer factors</source>
            <translation>CELL_SIZE：{rows} × {cols} = {cells:,} 个像元的格网（像元大小 {cell:g}）在 1 个因子时约需 {need} 内存，但仅有 {available} 可用；未读取任何数据。请选择更大的 CELL_SIZE{hint}、更小的 EXTENT 或 MASK，或减少因子数量</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>CELL_SIZE: the grid of {rows} × {cols} = {cells:,} cells (cell size {cell:g}) with {n_factors} factors needs about {need} of memory, but only {available} is available; nothing was read. Choose a larger CELL_SIZE{hint}, a smaller EXTENT or MASK, or fewer factors</source>
            <translation>CELL_SIZE：{rows} × {cols} = {cells:,} 个像元的格网（像元大小 {cell:g}）在 {n_factors} 个因子时约需 {need} 内存，但仅有 {available} 可用；未读取任何数据。请选择更大的 CELL_SIZE{hint}、更小的 EXTENT 或 MASK，或减少因子数量</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/inputs.py" />
            <source>{label}: the raster has {cells:,} cells and needs about {need} of memory, but only {available} is available; resample it to a larger cell size first (Raster ▸ Projections ▸ Warp) or clip it to the study area (Raster ▸ Extraction ▸ Clip Raster by Extent)</source>
            <translation>{label}：该栅格有 {cells:,} 个像元，约需 {need} 内存，但仅有 {available} 可用；请先将其重采样为更大的像元大小（栅格 ▸ 投影 ▸ 变形 (重投影)），或将其裁剪到研究区（栅格 ▸ 提取 ▸ 按范围裁剪栅格）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Logistic regression</source>
            <translation>逻辑回归</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Decision tree</source>
            <translation>决策树</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>K-nearest neighbours</source>
            <translation>K 近邻</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Artificial neural network (one hidden layer)</source>
            <translation>人工神经网络（一个隐藏层）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Multilayer perceptron (two hidden layers)</source>
            <translation>多层感知机（两个隐藏层）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Random forest</source>
            <translation>随机森林</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Bagging</source>
            <translation>Bagging 集成</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>Stacking</source>
            <translation>Stacking 集成</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>{label}: unknown sampling design {kind!r}; choose one of {choices}</source>
            <translation>{label}：未知的采样方案 {kind!r}；请从 {choices} 中选择</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>N_SAMPLE must be at least 1, got {n}</source>
            <translation>N_SAMPLE 至少为 1，实际为 {n}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>MIN_SPACING must be 0 or more, got {value}</source>
            <translation>MIN_SPACING 必须大于等于 0，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>sampling the designs</source>
            <translation>正在生成采样方案</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>fitting the model on {rows} cells</source>
            <translation>正在用 {rows} 个像元拟合模型</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>model fitted</source>
            <translation>模型已拟合</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>evaluating</source>
            <translation>正在评价</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>permutation importance</source>
            <translation>置换重要性</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>writing the outputs</source>
            <translation>正在写入输出</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>P(landslide) {model}</source>
            <translation>P(滑坡) {model}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>the model's fit warned ({kind}): {message}</source>
            <translation>模型拟合时给出警告（{kind}）：{message}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>{label} design {kind}: {cells} cells, {landslide_cells} landslide cells</source>
            <translation>{label}采样方案 {kind}：{cells} 个像元，其中 {landslide_cells} 个滑坡像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/model_job.py" />
            <source>{label} design {kind}: {cells} cells, {landslide_cells} landslide cells of {landslides} landslides</source>
            <translation>{label}采样方案 {kind}：{cells} 个像元，其中 {landslide_cells} 个滑坡像元，来自 {landslides} 处滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>N_CLASSES: Reclassify splits a raster into a whole number of classes from 2 to {MAX_CLASSES}; got {n_classes!r}</source>
            <translation>N_CLASSES：重分类将栅格划分为 2 到 {MAX_CLASSES} 之间的整数个类别；实际为 {n_classes!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>INPUT: the raster has only nodata cells: Reclassify has nothing to classify</source>
            <translation>INPUT：该栅格只有 NoData 像元：重分类没有可分类的数据</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>INPUT: the raster holds a single value ({lo:g} in every cell with data), so Reclassify has no range to split into classes; choose a raster with at least two distinct values</source>
            <translation>INPUT：该栅格只有单一值（所有有数据的像元均为 {lo:g}），重分类没有可划分为类别的取值范围；请选择至少包含两个不同值的栅格</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>reading the raster</source>
            <translation>正在读取栅格</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>it would stretch the classes over the empty gap and crowd the real values into a few of them</source>
            <translation>它会把类别拉伸到空缺的取值区间上，并把真实值挤进少数几个类别</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>{method}: {n_classes} classes</source>
            <translation>{method}：{n_classes} 个类别</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/reclassify_job.py" />
            <source>writing the classes</source>
            <translation>正在写入类别</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/study.py" />
            <source>TRAIN_RATIO must be in (0, 1] (1 = no test set), got {train_ratio!r}</source>
            <translation>TRAIN_RATIO 必须在 (0, 1] 内（1 = 无测试集），实际为 {train_ratio!r}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>susceptibility zones</source>
            <translation>易发性分区</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>zones {zones} hold no cell (tied values or shares reached on one score); consider fewer zones</source>
            <translation>分区 {zones} 中没有像元（存在大量重复值，或多个比例在同一分值处达到）；可考虑减少分区数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/zones_job.py" />
            <source>writing the zones</source>
            <translation>正在写入分区</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/plugin.py" />
            <source>Landslide susceptibility (ALSA)…</source>
            <translation>滑坡易发性（ALSA）…</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/plugin.py" />
            <source>&amp;ALSA</source>
            <translation>&amp;ALSA</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <source>success rate</source>
            <translation>成功率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <source>prediction rate</source>
            <translation>预测率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>classified</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>continuous</source>
            <translation>连续</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Algorithm</source>
            <translation>算法</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>QGIS version</source>
            <translation>QGIS 版本</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Software</source>
            <translation>软件</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Sampling designs</source>
            <translation>采样方案</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Grid</source>
            <translation>格网</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Counts</source>
            <translation>计数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Optimisation</source>
            <translation>优化</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{n} values (in the run log)</source>
            <translation>{n} 个值（见运行日志）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Group</source>
            <translation>组</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/html.py" />
            <source>Item</source>
            <translation>项</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/html.py" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>a layer of the project (exported for the run)</source>
            <translation>项目中的图层（为本次运行导出）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Inputs and settings</source>
            <translation>输入与设置</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Parameters to repeat the run</source>
            <translation>重复本次运行所需的参数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>susceptibility map</source>
            <translation>易发性图</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{method}, {curve}</source>
            <translation>{method}，{curve}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success rate (training landslides)</source>
            <translation>成功率（训练滑坡）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Prediction rate (test landslides)</source>
            <translation>预测率（测试滑坡）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success and prediction rate</source>
            <translation>成功率与预测率</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Curve</source>
            <translation>曲线</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>AUC</source>
            <translation>AUC</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success and prediction rate curves ({tag}); AUC in the legend</source>
            <translation>成功率与预测率曲线（{tag}）；AUC 见图例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Rate curves: {label}</source>
            <translation>成功率/预测率曲线：{label}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Every point of the curves: {file}</source>
            <translation>曲线的全部数据点：{file}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>training design</source>
            <translation>训练采样方案</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>test design</source>
            <translation>测试采样方案</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{design} ({kind})</source>
            <translation>{design}（{kind}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{model}, {design}</source>
            <translation>{model}，{design}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC curves of the designs</source>
            <translation>各采样方案的 ROC 曲线</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>The model's P(landslide) of the cells of each design against their labels: true positive rate against false positive rate over every threshold (ML paper §4.2 (2)). The training design's AUC shows the fit, the test design's the prediction.</source>
            <translation>模型对各采样方案中栅格单元给出的 P(滑坡) 与其标签对照：在所有阈值下的真阳性率对假阳性率（ML 论文 §4.2 (2)）。训练采样方案的 AUC 反映拟合程度，测试采样方案的 AUC 反映预测能力。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>design</source>
            <translation>采样方案</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <source>landslide cells</source>
            <translation>滑坡像元</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC AUC</source>
            <translation>ROC AUC</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC curves of the training and test designs ({tag}); AUC in the legend</source>
            <translation>训练采样方案与测试采样方案的 ROC 曲线（{tag}）；图例中为 AUC</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC curves: {label}</source>
            <translation>ROC 曲线：{label}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Confusion matrix</source>
            <translation>混淆矩阵</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>A cell is predicted a landslide when its P(landslide) is at least {threshold:g}. TPR = TP / (TP + FN) and FPR = FP / (FP + TN) (ML paper formulas (15)–(16)): the share of the landslide cells and of the non-landslide cells predicted landslides.</source>
            <translation>P(滑坡) 不小于 {threshold:g} 的栅格单元被预测为滑坡。TPR = TP / (TP + FN)，FPR = FP / (FP + TN)（ML 论文公式 (15)–(16)）：分别为滑坡单元和非滑坡单元中被预测为滑坡的比例。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>threshold</source>
            <translation>阈值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>predicted landslide</source>
            <translation>预测为滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>predicted non-landslide</source>
            <translation>预测为非滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>observed landslide</source>
            <translation>实际为滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>observed non-landslide</source>
            <translation>实际为非滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Table: {file}</source>
            <translation>表格：{file}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Permutation importance of the factors</source>
            <translation>孕灾因子的置换特征重要性</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Each factor's column is shuffled {repeats} times on {cells} cells of the test design ({landslide_cells} landslide cells) and the model's ROC AUC (baseline {baseline}) computed again: the importance is the mean decrease, ± its standard deviation.</source>
            <translation>在测试采样方案的 {cells} 个单元（其中滑坡单元 {landslide_cells} 个）上，将每个因子的列随机打乱 {repeats} 次，并重新计算模型的 ROC AUC（基准 {baseline}）：特征重要性为其平均下降值 ± 标准差。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Permutation importance per factor ({tag}), error bars ± one standard deviation</source>
            <translation>各因子的置换特征重要性（{tag}），误差线为 ± 一个标准差</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>factor</source>
            <translation>因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>mean decrease of the ROC AUC</source>
            <translation>ROC AUC 的平均下降值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>standard deviation</source>
            <translation>标准差</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Rates against bin width</source>
            <translation>成功率/预测率随区间宽度的变化</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Optimal bin width {w:g}: success rate {s}, prediction rate {p}.</source>
            <translation>最优区间宽度 {w:g}：成功率 {s}，预测率 {p}。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success and prediction rate against bin width, optimum marked ({name})</source>
            <translation>成功率与预测率随区间宽度的变化，已标出最优值（{name}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Every bin width ({n})</source>
            <translation>全部区间宽度（{n} 个）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>bin width</source>
            <translation>区间宽度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name} (real value, units of the raster)</source>
            <translation>{name}（真实值，栅格单位）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name}: favourability ({method}) against the factor's real value, with the landslide and non-landslide shares per value bin beneath</source>
            <translation>{name}：有利度（{method}）随因子真实值的变化，下方为各值区间的滑坡比例与非滑坡比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>normalised value</source>
            <translation>归一化值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>real value</source>
            <translation>真实值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>favourability</source>
            <translation>有利度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{n} value bins from {lo} to {hi}; favourability from {fmin} to {fmax}.</source>
            <translation>{n} 个值区间，取值从 {lo} 到 {hi}；有利度从 {fmin} 到 {fmax}。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name} (class)</source>
            <translation>{name}（类别）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name}: favourability ({method}) per class, with the landslide and non-landslide shares per class beneath</source>
            <translation>{name}：各类别的有利度（{method}），下方为各类别的滑坡比例与非滑坡比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>class</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>landslide share</source>
            <translation>滑坡比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>non-landslide share</source>
            <translation>非滑坡比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Every value bin ({n})</source>
            <translation>全部值区间（{n} 个）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Favourability of the factors</source>
            <translation>各因子的有利度</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name} (value range, units of the raster)</source>
            <translation>{name}（取值范围，栅格单位）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{name}: share of training landslide and non-landslide cells per class</source>
            <translation>{name}：训练滑坡像元与非滑坡像元在各类别中的分布比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Landslide and non-landslide distributions</source>
            <translation>滑坡与非滑坡的分布</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../alsa_plugin/report/plots.py" />
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Susceptibility zones</source>
            <translation>易发性分区</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{n} zones by {method}</source>
            <translation>按{method}划分为 {n} 个分区</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source> at {shares} % of the training landslides</source>
            <translation>，边界位于训练滑坡的 {shares} % 处</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{sentence}.</source>
            <translation>{sentence}。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>zone</source>
            <translation>分区</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>lower</source>
            <translation>下限</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>upper</source>
            <translation>上限</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>area share</source>
            <translation>面积比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>training landslide share</source>
            <translation>训练滑坡比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>density ratio</source>
            <translation>密度比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>test landslide share</source>
            <translation>测试滑坡比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>test density ratio</source>
            <translation>测试密度比</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Map of the zones ({how})</source>
            <translation>分区图（{how}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Share of area and of landslides per zone</source>
            <translation>各分区的面积比例与滑坡比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Decisiveness of the factors</source>
            <translation>各因子的决定性</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Decisiveness per factor (ALSA 5.0); continuous factors in the method's colour, classified grey</source>
            <translation>各因子的决定性（ALSA 5.0）；连续因子以该方法的颜色显示，分类因子为灰色</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>classes or bins</source>
            <translation>类别数或区间数</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Comparison of the methods</source>
            <translation>方法比较</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Prediction rate (AUC)</source>
            <translation>预测率（AUC）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success rate (AUC)</source>
            <translation>成功率（AUC）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{ylabel} of every method per scenario</source>
            <translation>各情景下各方法的{ylabel}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Rate curves of every method</source>
            <translation>各方法的成功率/预测率曲线</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>method</source>
            <translation>方法</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Comparison of the models and methods</source>
            <translation>模型与方法的比较</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Every model and method on one split (seed {seed}): the same grid, valid cells and training/test landslides. Best first by {criterion} of the full map; the map's ROC AUC compares both kinds, the designs' ROC AUC is the models' own (ML paper Table 3).</source>
            <translation>所有模型和方法基于同一次划分（随机种子 {seed}）：相同的网格、有效像元和训练/测试滑坡。按整幅图的{criterion}从高到低排列；整幅图的 ROC AUC 可在两类之间比较，采样方案上的 ROC AUC 仅属于模型（机器学习论文表 3）。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC AUC of the map (test landslides)</source>
            <translation>整幅图的 ROC AUC（测试滑坡）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC AUC, training design</source>
            <translation>ROC AUC，训练采样方案</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ROC AUC, test design</source>
            <translation>ROC AUC，测试采样方案</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>seconds</source>
            <translation>秒</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Success and prediction rate (AUC) of every model and method</source>
            <translation>各模型和方法的成功率与预测率（AUC）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Rate curves of every model and method</source>
            <translation>各模型和方法的成功率与预测率曲线</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Variance inflation factor</source>
            <translation>方差膨胀因子</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>VIF and correlations on {cells}</source>
            <translation>VIF 与相关系数的计算基于{cells}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>tolerance</source>
            <translation>容差</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Pearson correlation</source>
            <translation>Pearson 相关</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Spearman rank correlation</source>
            <translation>Spearman 秩相关</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>{title} between the factors ({file})</source>
            <translation>孕灾因子之间的{title}（{file}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>The matrix ({n} factors)</source>
            <translation>矩阵（{n} 个因子）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Conditional independence (weights of evidence)</source>
            <translation>条件独立性（证据权）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>predicted landslide cells T</source>
            <translation>预测的滑坡像元数 T</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>observed landslide cells N(L)</source>
            <translation>观测的滑坡像元数 N(L)</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Agterberg–Cheng z</source>
            <translation>Agterberg–Cheng z</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>one-sided p-value</source>
            <translation>单侧 p 值</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Verdicts</source>
            <translation>判断结论</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>No collinearity, association or dependence above the usual thresholds.</source>
            <translation>没有超过常用阈值的共线性、关联或依赖。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Screening of the factors</source>
            <translation>孕灾因子筛查</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ALSA report: {method}</source>
            <translation>ALSA 报告：{method}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ALSA report: {algorithm}</source>
            <translation>ALSA 报告：{algorithm}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>ALSA report</source>
            <translation>ALSA 报告</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/build.py" />
            <source>matplotlib is not installed: the numbers are all listed, but these {n} plots need matplotlib (Debian: apt install python3-matplotlib): {plots}</source>
            <translation>未安装 matplotlib：所有数值均已列出，但以下 {n} 幅图需要 matplotlib 才能绘制（Debian：apt install python3-matplotlib）：{plots}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/html.py" />
            <source>Plot not drawn (needs matplotlib): {caption}</source>
            <translation>未绘制图件（需要 matplotlib）：{caption}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>random ranking (AUC 0.5)</source>
            <translation>随机排序（AUC 0.5）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>AUC (success, prediction)</source>
            <translation>AUC（成功率，预测率）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>{label} (AUC {auc:.4f})</source>
            <translation>{label}（AUC {auc:.4f}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Cells ranked from most to least susceptible (cumulative share of the area)</source>
            <translation>按易发性从高到低排序的像元（累计面积比例）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Cumulative share of landslides</source>
            <translation>累计滑坡比例</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>P(landslide) = 0.5 (the confusion matrix)</source>
            <translation>P(滑坡) = 0.5（混淆矩阵）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>False positive rate FPR</source>
            <translation>假阳性率 FPR</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>True positive rate TPR</source>
            <translation>真阳性率 TPR</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Decrease of the ROC AUC when the factor is shuffled (mean ± std over the repeats)</source>
            <translation>打乱该因子后 ROC AUC 的下降值（各次重复的平均值 ± 标准差）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>optimum: w = {w:g}, AUC {auc:.4f}</source>
            <translation>最优：w = {w:g}，AUC {auc:.4f}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Bin width (normalised factor units, 0–1)</source>
            <translation>区间宽度（因子归一化单位，0–1）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Area under the rate curve (AUC)</source>
            <translation>曲线下面积（AUC）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>{method}: rates against bin width</source>
            <translation>{method}：成功率/预测率随区间宽度的变化</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Share (%)</source>
            <translation>比例（%）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Share per value bin (%)</source>
            <translation>各值区间的比例（%）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Favourability ({method})</source>
            <translation>有利度（{method}）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>{km:g} km wide</source>
            <translation>宽 {km:g} km</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>area</source>
            <translation>面积</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>training landslides</source>
            <translation>训练滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>test landslides</source>
            <translation>测试滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Zone</source>
            <translation>分区</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/report/plots.py" />
            <source>Decisiveness DC (mean |CF| over the valid cells, 0–1)</source>
            <translation>决定性 DC（|CF| 在有效像元上的平均值，0–1）</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/warmup_task.py" />
            <source>ALSA: preparing the numba kernels</source>
            <translation>ALSA：正在准备 numba 内核</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/warmup_task.py" />
            <source>Preparing the numba kernels failed ({error}); the first run will try again.</source>
            <translation>准备 numba 内核失败（{error}）；首次运行时将再次尝试。</translation>
        </message>
        <message>
            <location filename="../processing_provider/base_algorithm.py" />
            <source>{name} ({label}) is required. {help}</source>
            <translation>{name}（{label}）为必填项。{help}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base_algorithm.py" />
            <source>{name} ({label}): {value} cannot be used here. {help}</source>
            <translation>{name}（{label}）：此处不能使用 {value}。{help}</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Bivariate methods</source>
            <translation>双变量方法</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Random seed (empty: a new split each run)</source>
            <translation>随机种子（留空：每次运行重新划分）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Bin width</source>
            <translation>区间宽度</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Optimise the bin width</source>
            <translation>优化区间宽度</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Optimisation precision</source>
            <translation>优化精度</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <source>Landslide susceptibility index</source>
            <translation>滑坡易发性指数</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Success rate (AUC, training landslides)</source>
            <translation>成功率（AUC，训练滑坡）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Prediction rate (AUC, test landslides)</source>
            <translation>预测率（AUC，测试滑坡）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Bin width used</source>
            <translation>所用区间宽度</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Decisiveness of every factor (CSV)</source>
            <translation>各因子的决定性（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Run log (JSON)</source>
            <translation>运行日志（JSON）</translation>
        </message>
        <message>
            <location filename="../processing_provider/bivariate_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Susceptibility zones {method}</source>
            <translation>易发性分区 {method}</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Equal interval</source>
            <translation>等间距</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Quantile</source>
            <translation>分位数</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Natural breaks (Jenks)</source>
            <translation>自然间断点（Jenks）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>&lt;p&gt;Runs all eight conditional-probability methods of ALSA 3.0 (frequency contrast, frequency ratio, information value, certainty factor, cosine amplitude, weight of evidence, weight contrast, sufficiency ratio) in several scenarios and sets their prediction rates side by side, like Table 4 of Li &amp;amp; Lan 2023 (&lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Optimal&lt;/b&gt;: continuous factors classification-free at PRECISION; each method's bin width is optimised over k·10&lt;sup&gt;−Q&lt;/sup&gt; (OPT_PRECISION Q). &lt;b&gt;Conventional&lt;/b&gt;: for every number n in CLASSES each continuous factor is reclassified into n classes (CLASSIFICATION, breaks over the study area's valid cells) and every factor is analysed as classified. Classified factors stay classified in every scenario. Every scenario uses the same cells and the same training/test split (SEED; when empty a seed is drawn and written to the log).&lt;/p&gt;
&lt;p&gt;Written to the output folder: &lt;code&gt;Compare_prediction_rates.csv&lt;/code&gt; (a row per method, then "Average" and "Percent difference"; columns: the optimal width, the prediction and the success rate of every scenario, each rate's average over the scenarios and its percent difference; percent difference = 100·(maximum − value)/value as in the paper, empty = N.A.), &lt;code&gt;Compare_spearman.csv&lt;/code&gt; (the Spearman rank correlation between the LSI maps of the eight optimal methods), the LSI of each optimal method (&lt;code&gt;LSI_&amp;lt;method&amp;gt;_P&amp;lt;P&amp;gt;_W&amp;lt;w&amp;gt;.tif&lt;/code&gt;) and &lt;code&gt;Compare_log.json&lt;/code&gt; with every input, setting and result. Nothing is written if the run fails or is cancelled. The LSI of the best method is added to the project: the method with the highest optimal prediction rate or, when there is no test set (TRAIN_RATIO 1 and no TEST_LANDSLIDES), the highest optimal success rate.&lt;/p&gt;</source>
            <translation>&lt;p&gt;在多个情景下运行 ALSA 3.0 的全部八种条件概率方法（频率对比、频率比、信息量、确定性系数、余弦振幅、证据权、权重对比、充分比），并将其预测率并列比较，形式同 Li &amp;amp; Lan 2023（&lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418）的表 4。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;最优情景&lt;/b&gt;：连续因子按 PRECISION 精度免分类处理；每种方法的区间宽度在 k·10&lt;sup&gt;−Q&lt;/sup&gt; 上优化（OPT_PRECISION 即 Q）。&lt;b&gt;常规情景&lt;/b&gt;：对 CLASSES 中的每个数 n，将每个连续因子重分类为 n 个类别（CLASSIFICATION；断点基于研究区的有效像元计算），所有因子均按分类因子分析。分类因子在所有情景中保持不变。所有情景使用相同的像元和相同的训练/测试划分（SEED；留空时随机抽取一个种子并写入日志）。&lt;/p&gt;
&lt;p&gt;写入输出文件夹的内容：&lt;code&gt;Compare_prediction_rates.csv&lt;/code&gt;（每种方法一行，随后是 "Average" 和 "Percent difference" 两行；各列为：最优宽度、每个情景的预测率和成功率、每种比率在各情景上的平均值及其百分比差异；百分比差异 = 100·(最大值 − 该值)/该值，与论文一致，空白 = N.A.）、&lt;code&gt;Compare_spearman.csv&lt;/code&gt;（八种方法最优 LSI 图之间的 Spearman 秩相关）、每种方法的最优 LSI（&lt;code&gt;LSI_&amp;lt;method&amp;gt;_P&amp;lt;P&amp;gt;_W&amp;lt;w&amp;gt;.tif&lt;/code&gt;），以及记录所有输入、设置和结果的 &lt;code&gt;Compare_log.json&lt;/code&gt;。运行失败或被取消时不写入任何文件。最佳方法的 LSI 会添加到工程中：即最优预测率最高的方法；若没有测试集（TRAIN_RATIO 为 1 且未提供 TEST_LANDSLIDES），则为最优成功率最高的方法。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Decimals kept of the normalised continuous values in the optimal scenario, 0–6.</source>
            <translation>最优情景中归一化连续值保留的小数位数，0–6。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Q, 1–4: the optimal scenario tries every bin width k·10^−Q, k = 1…10^Q, per method.</source>
            <translation>Q，1–4：最优情景中每种方法尝试所有区间宽度 k·10^−Q，k = 1…10^Q。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Numbers of classes of the conventional scenarios, comma-separated whole numbers from 2 to {max_classes} (the paper's 10, 5 and 3: "10,5,3").</source>
            <translation>常规情景的类别数，以逗号分隔的 2 到 {max_classes} 之间的整数（论文中的 10、5 和 3："10,5,3"）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>How continuous factors are split into classes in the conventional scenarios: equal interval, quantile or natural breaks (Jenks), over the valid cells of the study area.</source>
            <translation>常规情景中连续因子划分类别的方式：等间距、分位数或自然间断点（Jenks），基于研究区的有效像元计算。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Folder for the comparison table, the Spearman matrix, the optimal LSI rasters and the log.</source>
            <translation>用于保存比较表、Spearman 矩阵、最优 LSI 栅格和日志的文件夹。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Compare bivariate methods</source>
            <translation>比较双变量方法</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Random seed (empty: drawn and logged)</source>
            <translation>随机种子（留空：随机抽取并写入日志）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Numbers of classes (conventional)</source>
            <translation>类别数（常规情景）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Classification method</source>
            <translation>分类方法</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Prediction rates of every method and scenario (CSV)</source>
            <translation>各方法和情景的预测率（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Spearman rank correlation of the optimal LSIs (CSV)</source>
            <translation>最优 LSI 的 Spearman 秩相关（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Method with the highest optimal prediction rate (success rate without a test set)</source>
            <translation>最优预测率最高的方法（无测试集时按成功率）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>{method}: optimal (width {width:g}) prediction rate {rate:.4f}</source>
            <translation>{method}：最优（宽度 {width:g}）预测率 {rate:.4f}</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>{method}: optimal (width {width:g}) success rate {rate:.4f}</source>
            <translation>{method}：最优（宽度 {width:g}）成功率 {rate:.4f}</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Best method: {best_method} (optimal prediction rate; seed {seed})</source>
            <translation>最佳方法：{best_method}（依据最优预测率；随机种子 {seed}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_algorithm.py" />
            <source>Best method: {best_method} (optimal success rate; seed {seed})</source>
            <translation>最佳方法：{best_method}（依据最优成功率；随机种子 {seed}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>&lt;p&gt;Machine-learning models and bivariate methods side by side on one split: the ML paper's Table 3 (models, Hokkaido) next to Table 4 of Li &amp;amp; Lan 2023 (methods). Every chosen model and method runs as its own algorithm would (alsa:randomforest, alsa:certaintyfactor …), with the same SEED for all, so all of them use the same grid, valid cells and training/test landslides; when SEED is empty one seed is drawn and written to the log.&lt;/p&gt;
&lt;p&gt;They are compared on what they share: the success and prediction rates of the full map (the probability of a model, the LSI of a method, ranked over the same valid cells against the same landslides) and the ROC AUC of the map. The models' ROC AUC on their training and test designs (TRAIN_DESIGN, TEST_DESIGN) and the methods' bin width are given as well. Models use their default hyperparameters, but for the neighbour search of KNN and of stacking's KNN base (NEIGHBOUR_SEARCH, advanced: the approximate search for large maps); the methods share PRECISION, BIN_WIDTH, OPTIMIZE and OPT_PRECISION.&lt;/p&gt;
&lt;p&gt;Written to the output folder: every item's own outputs under its own name (e.g. Probability_RF_Po2-Po1_S1.tif, LSI_CF_P3_W0.1.tif, their rates, tables and logs), the table &lt;code&gt;Compare_models.csv&lt;/code&gt; (or OUTPUT_TABLE: one row per item, best first by prediction rate, by success rate without a test set) and &lt;code&gt;Compare_models_log.json&lt;/code&gt; (the seed, the settings, every item's log and results). Nothing is written if any item fails or the run is cancelled. The raster of the best item is added to the project.&lt;/p&gt;</source>
            <translation>&lt;p&gt;在同一次训练/测试划分上并列比较机器学习模型与双变量方法：机器学习论文的表 3（模型，北海道）与 Li &amp;amp; Lan 2023 的表 4（方法）并排。每个选中的模型和方法都像其自身算法（alsa:randomforest、alsa:certaintyfactor …）那样运行，且全部使用同一个 SEED，因此它们使用相同的网格、有效像元和训练/测试滑坡；SEED 为空时抽取一个种子并写入日志。&lt;/p&gt;
&lt;p&gt;比较的依据是它们的共同之处：整幅图的成功率和预测率（模型的概率、方法的 LSI，在相同的有效像元上针对相同的滑坡排序）以及整幅图的 ROC AUC。同时给出模型在训练采样方案和测试采样方案（TRAIN_DESIGN、TEST_DESIGN）上的 ROC AUC 以及方法的区间宽度。模型使用其默认超参数，但 KNN 及堆叠模型中 KNN 基模型的近邻搜索方式除外（NEIGHBOUR_SEARCH，高级参数：大幅地图可用近似搜索）；各方法共用 PRECISION、BIN_WIDTH、OPTIMIZE 和 OPT_PRECISION。&lt;/p&gt;
&lt;p&gt;写入输出文件夹：每一项以其自身名称写出的输出（例如 Probability_RF_Po2-Po1_S1.tif、LSI_CF_P3_W0.1.tif 及其成功率/预测率曲线、表格和日志）、比较表 &lt;code&gt;Compare_models.csv&lt;/code&gt;（或 OUTPUT_TABLE：每项一行，按预测率从高到低排列，无测试集时按成功率）以及 &lt;code&gt;Compare_models_log.json&lt;/code&gt;（种子、设置、每一项的日志和结果）。任何一项失败或运行被取消时不写出任何文件。最佳一项的栅格会加入项目。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>The machine-learning models to compare (each with its default hyperparameters; scikit-learn needed), by index: 0 LR, 1 DT, 2 KNN, 3 ANN, 4 MLP, 5 RF, 6 Bagging, 7 Stacking. May be empty when METHODS is not.</source>
            <translation>要比较的机器学习模型（均使用默认超参数；需要 scikit-learn），按序号：0 LR、1 DT、2 KNN、3 ANN、4 MLP、5 RF、6 Bagging、7 Stacking。METHODS 非空时可为空。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>The bivariate methods to compare, by index: 0 FC, 1 FR, 2 IV, 3 CF, 4 CA, 5 WOE, 6 WC, 7 SR. May be empty when MODELS is not.</source>
            <translation>要比较的双变量方法，按序号：0 FC、1 FR、2 IV、3 CF、4 CA、5 WOE、6 WC、7 SR。MODELS 非空时可为空。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>How KNN, and the KNN base of stacking, find their k nearest training cells: exact (scikit-learn; hours on a map of 20 million cells) or approximate (much faster, needs numba); see alsa:knn. Ignored unless KNN or stacking is compared.</source>
            <translation>KNN 以及堆叠模型中的 KNN 基模型如何查找 k 个最近的训练像元：精确（scikit-learn；2000 万像元的地图需数小时）或近似（快得多，需要 numba）；参见 alsa:knn。仅在比较 KNN 或堆叠模型时使用。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Where to write the comparison table (CSV); empty: Compare_models.csv in the output folder.</source>
            <translation>比较表（CSV）的写出位置；为空时：输出文件夹中的 Compare_models.csv。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Folder for every item's outputs (probability and LSI rasters, rates, tables, logs), the table and the comparison's log.</source>
            <translation>存放每一项的输出（概率和 LSI 栅格、成功率/预测率曲线、表格、日志）、比较表及比较日志的文件夹。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>{name} ({key})</source>
            <translation>{name}（{key}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Machine learning</source>
            <translation>机器学习</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/study_parameters.py" />
            <source>Precision (decimals of normalised values)</source>
            <translation>精度（归一化值的小数位数）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Comparison table</source>
            <translation>比较表</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Item with the highest prediction rate (success rate without a test set)</source>
            <translation>预测率最高的一项（无测试集时为成功率最高）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Probability or LSI raster of the best item</source>
            <translation>最佳一项的概率或 LSI 栅格</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Best: {name} (prediction rate {rate:.4f}; seed {seed})</source>
            <translation>最佳：{name}（预测率 {rate:.4f}；种子 {seed}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Best: {name} (success rate {rate:.4f}; seed {seed})</source>
            <translation>最佳：{name}（成功率 {rate:.4f}；种子 {seed}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>Comparison on one split (best first):</source>
            <translation>同一划分上的比较（由优到劣）：</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>{rank}. model {name}: prediction rate {prediction}, success rate {success}, ROC AUC of the map {map_roc} (test landslides), ROC AUC {train} (training design), {test} (test design); fitted in {fit:.1f} s, {seconds:.1f} s in all</source>
            <translation>{rank}. 模型 {name}：预测率 {prediction}，成功率 {success}，整幅图的 ROC AUC {map_roc}（测试滑坡），ROC AUC {train}（训练采样方案）、{test}（测试采样方案）；拟合用时 {fit:.1f} 秒，共 {seconds:.1f} 秒</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>{rank}. method {name}: prediction rate {prediction}, success rate {success}, ROC AUC of the map {map_roc} (test landslides), bin width {width}; {seconds:.1f} s in all</source>
            <translation>{rank}. 方法 {name}：预测率 {prediction}，成功率 {success}，整幅图的 ROC AUC {map_roc}（测试滑坡），区间宽度 {width}；共 {seconds:.1f} 秒</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Susceptibility optimisation (DC at the optimal CF bin width)</source>
            <translation>易发性优化（在最优 CF 区间宽度下计算 DC）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Given bin width (DC at BIN_WIDTH)</source>
            <translation>给定区间宽度（在 BIN_WIDTH 下计算 DC）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Classification compensation (every factor at TARGET_CLASSES classes)</source>
            <translation>分类补偿（所有因子统一为 TARGET_CLASSES 个类别）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>&lt;p&gt;Decisiveness (DC) of every factor: its absolute importance in ALSA 4.0/5.0 (Li &amp;amp; Lan 2024, &lt;i&gt;Int. J. Digital Earth&lt;/i&gt; 17). DC of a factor is the mean over the valid cells of |CF| of the certainty factor (eq. 23) of the cell's class or bin in that factor alone; it lies in 0–1, higher is more decisive. It is a weighted sum over the CF table (cells of each class or value × |CF|), so no pass over the cells is needed.&lt;/p&gt;
&lt;p&gt;DC grows as bins narrow or classes multiply, so factors are compared under a criterion: &lt;b&gt;susceptibility optimisation&lt;/b&gt; (ALSA 5.0's default) optimises the CF bin width over k·10&lt;sup&gt;−Q&lt;/sup&gt; (prediction rate; success rate without a test set) and takes DC at the optimal width; &lt;b&gt;given bin width&lt;/b&gt; takes DC at BIN_WIDTH; &lt;b&gt;classification compensation&lt;/b&gt; brings every factor to m = TARGET_CLASSES classes: continuous factors at bin width 1/m, classified factors with more classes merged at random into m groups, their DC the mean over every possible merge, or over N_MERGES random merges (SEED) when there are too many, with its spread.&lt;/p&gt;
&lt;p&gt;Written to the output folder: &lt;code&gt;Decisiveness_&amp;lt;tag&amp;gt;.csv&lt;/code&gt; (factor, kind, classes or bins, bin width, DC; tag as in a bivariate run, e.g. CF_P3_W0.12, or compensated_m&amp;lt;m&amp;gt;), with SWEEP &lt;code&gt;Decisiveness_sweep_P&amp;lt;P&amp;gt;_Q&amp;lt;Q&amp;gt;.csv&lt;/code&gt; (DC of every factor at each width k·10&lt;sup&gt;−Q&lt;/sup&gt;, one column per factor), when optimising the bin-width/AUC table, and &lt;code&gt;Decisiveness_log_&amp;lt;tag&amp;gt;.json&lt;/code&gt; with every input, setting and result. Nothing is written if the run fails or is cancelled.&lt;/p&gt;</source>
            <translation>&lt;p&gt;各因子的决定性（DC）：即其在 ALSA 4.0/5.0 中的绝对重要性（Li &amp;amp; Lan 2024，&lt;i&gt;Int. J. Digital Earth&lt;/i&gt; 17）。某因子的 DC 是各有效像元在该因子单独作用下，其所属类别或区间的确定性系数（eq. 23）的绝对值 |CF| 在全部有效像元上的平均值；取值范围为 0–1，越高表示决定性越强。它是 CF 表上的加权和（每个类别或取值的像元数 × |CF|），因此无需逐像元计算。&lt;/p&gt;
&lt;p&gt;区间越窄或类别越多，DC 越大，因此需要在某一准则下比较各因子：&lt;b&gt;易发性优化&lt;/b&gt;（ALSA 5.0 的默认准则）在 k·10&lt;sup&gt;−Q&lt;/sup&gt; 上优化 CF 区间宽度（依据预测率；无测试集时依据成功率），并取最优宽度下的 DC；&lt;b&gt;给定区间宽度&lt;/b&gt;取 BIN_WIDTH 下的 DC；&lt;b&gt;分类补偿&lt;/b&gt;将每个因子统一为 m = TARGET_CLASSES 个类别：连续因子采用区间宽度 1/m，类别更多的分类因子随机合并为 m 组，其 DC 为所有可能合并方式的平均值，合并方式过多时则为 N_MERGES 次随机合并（SEED）的平均值，并给出其离散程度。&lt;/p&gt;
&lt;p&gt;写入输出文件夹的内容：&lt;code&gt;Decisiveness_&amp;lt;tag&amp;gt;.csv&lt;/code&gt;（因子、类型、类别数或区间数、区间宽度、DC；tag 与双变量运行中相同，例如 CF_P3_W0.12，或 compensated_m&amp;lt;m&amp;gt;）；启用 SWEEP 时还有 &lt;code&gt;Decisiveness_sweep_P&amp;lt;P&amp;gt;_Q&amp;lt;Q&amp;gt;.csv&lt;/code&gt;（每个宽度 k·10&lt;sup&gt;−Q&lt;/sup&gt; 下各因子的 DC，每个因子一列）；优化时的区间宽度/AUC 表；以及记录所有输入、设置和结果的 &lt;code&gt;Decisiveness_log_&amp;lt;tag&amp;gt;.json&lt;/code&gt;。运行失败或被取消时不写入任何文件。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>How factors are made comparable: the optimal CF bin width, the given BIN_WIDTH, or classification compensation to TARGET_CLASSES classes.</source>
            <translation>使各因子可比的方式：最优 CF 区间宽度、给定的 BIN_WIDTH，或分类补偿到 TARGET_CLASSES 个类别。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Bin width in normalised units, 0.000001–1, used by the given-bin-width criterion; widths below 2·10^−PRECISION change nothing.</source>
            <translation>以归一化单位表示的区间宽度，0.000001–1，用于“给定区间宽度”准则；小于 2·10^−PRECISION 的宽度不会改变结果。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Q, 1–4: the widths k·10^−Q, k = 1…10^Q, of the optimisation and of the sweep.</source>
            <translation>Q，1–4：优化和扫描所用的宽度 k·10^−Q，k = 1…10^Q。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Classification compensation: the class count m, 0–1000; 0 = the smallest class count among the classified factors.</source>
            <translation>分类补偿：类别数 m，0–1000；0 = 取各分类因子中最小的类别数。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Classification compensation: random merges of a classified factor's classes, 1–1000000, used when there are more than 100000 possible merges (SEED makes them repeatable).</source>
            <translation>分类补偿：分类因子类别的随机合并次数，1–1000000，在可能的合并方式超过 100000 种时使用（SEED 使其可重复）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Also write the DC of every factor at every bin width k·10^−Q.</source>
            <translation>同时写出每个区间宽度 k·10^−Q 下各因子的 DC。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Folder for the decisiveness tables and the log.</source>
            <translation>用于保存决定性表和日志的文件夹。</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Decisiveness (DC, 0–1, higher = more decisive), highest first:</source>
            <translation>决定性（DC，0–1，越高越具决定性），从高到低：</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>{rank}. {name}: DC {dc:.4f} ± {std:.4f} (range {lo:.4f}–{hi:.4f}; {k} classes merged into {m}, mean of {n} merges, {merging})</source>
            <translation>{rank}. {name}：DC {dc:.4f} ± {std:.4f}（范围 {lo:.4f}–{hi:.4f}；{k} 个类别合并为 {m} 个，{n} 种合并的平均值，{merging}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>every merge</source>
            <translation>遍历所有合并</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Monte Carlo</source>
            <translation>蒙特卡罗</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>{rank}. {name}: DC {dc:.4f} (classified, {k} classes)</source>
            <translation>{rank}. {name}：DC {dc:.4f}（分类因子，{k} 个类别）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>{rank}. {name}: DC {dc:.4f} (continuous, {k} distinct values, bin width {w:g})</source>
            <translation>{rank}. {name}：DC {dc:.4f}（连续因子，{k} 个不同值，区间宽度 {w:g}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Decisiveness of factors</source>
            <translation>因子决定性</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Factor analysis</source>
            <translation>因子分析</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Criterion</source>
            <translation>准则</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Target class count m</source>
            <translation>目标类别数 m</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Random merges</source>
            <translation>随机合并次数</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>DC over every bin width</source>
            <translation>各区间宽度下的 DC</translation>
        </message>
        <message>
            <location filename="../processing_provider/decisiveness_algorithm.py" />
            <source>Decisiveness over the bin widths (CSV)</source>
            <translation>各区间宽度下的决定性（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>&lt;p&gt;Evaluates any susceptibility raster (an ALSA LSI, a machine-learning probability, a map from other software; higher values = more susceptible) against a landslide inventory, on the raster's own grid.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Success rate&lt;/b&gt; (LANDSLIDES) and &lt;b&gt;prediction rate&lt;/b&gt; (TEST_LANDSLIDES): the cells are ranked from the highest value to the lowest; the curve plots the cumulative share of cells against the cumulative share of landslide weight, and the rate is the area under it. Cells with equal values form one step, so ties are never broken by cell order. &lt;b&gt;ROC AUC&lt;/b&gt;: the landslide cells (weighted) against the ranked cells holding no landslide, ties counting one half.&lt;/p&gt;
&lt;p&gt;Nodata cells of the raster (and cells outside MASK) are not ranked; landslide cells on them drop out, and a warning says how many. The curves are written in long form to a CSV table (columns curve, cell_fraction, landslide_fraction).&lt;/p&gt;</source>
            <translation>&lt;p&gt;以滑坡编录为依据，在栅格自身的格网上评价任意易发性栅格（ALSA 的 LSI、机器学习概率图或其他软件生成的图；值越高 = 越易发）。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;成功率&lt;/b&gt;（LANDSLIDES）与&lt;b&gt;预测率&lt;/b&gt;（TEST_LANDSLIDES）：将像元按值从高到低排序；曲线表示累计像元比例与累计滑坡权重比例之间的关系，比率即曲线下面积。值相等的像元构成同一台阶，因此并列值绝不会按像元顺序拆分。&lt;b&gt;ROC AUC&lt;/b&gt;：（加权的）滑坡像元与排序后不含滑坡的像元相比较，并列计为二分之一。&lt;/p&gt;
&lt;p&gt;栅格的 NoData 像元（以及 MASK 之外的像元）不参与排序；落在其上的滑坡像元被剔除，并给出警告说明数量。曲线以长表格式写入 CSV 表（列为 curve、cell_fraction、landslide_fraction）。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>The susceptibility raster (first band); higher values = more susceptible. Its grid is used.</source>
            <translation>易发性栅格（第一个波段）；值越高 = 越易发。采用其格网。</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Optional test inventory (points, polygons or a 0/1 raster): gives the prediction rate.</source>
            <translation>可选的测试编录（点、面或 0/1 栅格）：用于计算预测率。</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Optional study-area polygons: cells whose centre lies outside are not ranked.</source>
            <translation>可选的研究区面：中心位于其外的像元不参与排序。</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>CSV file for the success (and prediction) rate curves.</source>
            <translation>成功率（及预测率）曲线的 CSV 文件。</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Evaluate a susceptibility map</source>
            <translation>评价易发性图</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Evaluation</source>
            <translation>评价</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Susceptibility raster</source>
            <translation>易发性栅格</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Study-area mask</source>
            <translation>研究区掩膜</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>Rate curves</source>
            <translation>成功率/预测率曲线</translation>
        </message>
        <message>
            <location filename="../processing_provider/evaluate_algorithm.py" />
            <source>INPUT: choose a susceptibility raster layer.</source>
            <translation>INPUT：请选择一个易发性栅格图层。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>&lt;p&gt;What to check before trusting a susceptibility model: how landslides are distributed over each factor, and which factors say the same thing.&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;Distributions: for every factor, the training landslide, test landslide and non-landslide cells over its classes, or over N_CLASSES equal-interval value bins in the factor's own units, with p(L|F).&lt;/li&gt;&lt;li&gt;Continuous factors: the variance inflation factor VIF = 1/(1 − R²) and tolerance 1/VIF, and the Pearson and Spearman correlation matrices, on the rasters' own values over all valid cells, or over a random sample of SAMPLE_CELLS cells (SEED) when there are more.&lt;/li&gt;&lt;li&gt;Every pair of factors: Cramér's V from their contingency table over all valid cells (continuous factors in N_CLASSES equal-interval classes).&lt;/li&gt;&lt;li&gt;Weights of evidence's conditional independence: the predicted number of landslide cells T against the observed N(L) (N(L)/T below 0.85 signals dependence) and the Agterberg–Cheng statistic with its one-sided p-value, with continuous factors in N_CLASSES classes.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;Verdicts over the usual thresholds (VIF above 5 or 10, |r| above 0.7, Cramér's V above 0.3 or 0.5) are listed in plain words in the log panel and the summary. Written to the output folder: &lt;code&gt;Factors_distribution_&amp;lt;factor&amp;gt;.csv&lt;/code&gt; per factor, &lt;code&gt;Factors_vif.csv&lt;/code&gt;, &lt;code&gt;Factors_pearson.csv&lt;/code&gt;, &lt;code&gt;Factors_spearman.csv&lt;/code&gt;, &lt;code&gt;Factors_cramers_v.csv&lt;/code&gt; and &lt;code&gt;Factors_summary.json&lt;/code&gt; (every input and setting, which cells were used, every figure and verdict). Nothing is written if the run fails or is cancelled.&lt;/p&gt;</source>
            <translation>&lt;p&gt;在信任一个易发性模型之前应检查的内容：滑坡在各因子上如何分布，以及哪些因子反映的是相同的信息。&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;分布：对每个因子，统计训练滑坡像元、测试滑坡像元和非滑坡像元在其各类别上的分布，或在以因子自身单位划分的 N_CLASSES 个等间距取值区间上的分布，并给出 p(L|F)。&lt;/li&gt;&lt;li&gt;连续因子：方差膨胀因子 VIF = 1/(1 − R²)、容差 1/VIF，以及 Pearson 和 Spearman 相关矩阵；基于栅格原始值，在全部有效像元上计算，有效像元更多时则在 SAMPLE_CELLS 个像元的随机样本（SEED）上计算。&lt;/li&gt;&lt;li&gt;每对因子：基于全部有效像元上的列联表计算 Cramér's V（连续因子划分为 N_CLASSES 个等间距类别）。&lt;/li&gt;&lt;li&gt;证据权的条件独立性：预测的滑坡像元数 T 与观测值 N(L) 的比较（N(L)/T 低于 0.85 表明存在依赖），以及 Agterberg–Cheng 统计量及其单侧 p 值；连续因子划分为 N_CLASSES 个类别。&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;超过常用阈值（VIF 高于 5 或 10、|r| 高于 0.7、Cramér's V 高于 0.3 或 0.5）的判断结论以通俗文字列在日志信息面板和汇总中。写入输出文件夹的内容：每个因子一个 &lt;code&gt;Factors_distribution_&amp;lt;factor&amp;gt;.csv&lt;/code&gt;、&lt;code&gt;Factors_vif.csv&lt;/code&gt;、&lt;code&gt;Factors_pearson.csv&lt;/code&gt;、&lt;code&gt;Factors_spearman.csv&lt;/code&gt;、&lt;code&gt;Factors_cramers_v.csv&lt;/code&gt; 以及 &lt;code&gt;Factors_summary.json&lt;/code&gt;（所有输入和设置、所用像元、所有数值和判断结论）。运行失败或被取消时不写入任何文件。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Equal-interval classes of each continuous factor's value range, 2–1000, for the distributions, Cramér's V and the conditional-independence check.</source>
            <translation>每个连续因子取值范围划分的等间距类别数，2–1000，用于分布统计、Cramér's V 和条件独立性检验。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>VIF and correlations use every valid cell up to this many, 1000–100000000; with more valid cells, a random sample of this size (SEED).</source>
            <translation>VIF 与相关系数最多使用这么多个有效像元，1000–100000000；有效像元更多时，抽取该大小的随机样本（SEED）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Fixed seed for the training/test split and the sample, a whole number 0–2147483647. Empty: drawn and written to the summary.</source>
            <translation>用于训练/测试划分和抽样的固定随机种子，0–2147483647 之间的整数。留空：随机抽取并写入汇总。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Folder for the distribution, VIF, correlation and Cramér's V tables and the summary.</source>
            <translation>用于保存分布、VIF、相关系数和 Cramér's V 表以及汇总的文件夹。</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Factor distributions and screening</source>
            <translation>因子分布与筛选</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Classes of continuous factors</source>
            <translation>连续因子的类别数</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Cells for VIF and correlations</source>
            <translation>用于 VIF 与相关系数的像元数</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>VIF and tolerance of the continuous factors (CSV)</source>
            <translation>连续因子的 VIF 与容差（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Pearson correlation matrix (CSV)</source>
            <translation>Pearson 相关矩阵（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Spearman correlation matrix (CSV)</source>
            <translation>Spearman 相关矩阵（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Cramér's V matrix (CSV)</source>
            <translation>Cramér's V 矩阵（CSV）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Summary and run log (JSON)</source>
            <translation>汇总与运行日志（JSON）</translation>
        </message>
        <message>
            <location filename="../processing_provider/factor_analysis_algorithm.py" />
            <source>Verdicts:</source>
            <translation>判断结论：</translation>
        </message>
        <message>
            <location filename="../processing_provider/feedback.py" />
            <source>Cancelled by the user: no output file was written.</source>
            <translation>已被用户取消：未写入任何输出文件。</translation>
        </message>
        <message>
            <location filename="../processing_provider/feedback.py" />
            <source>Not enough memory for this run: no output file was written. Choose a larger CELL_SIZE, a smaller EXTENT or MASK, or fewer factors (or close other programs).</source>
            <translation>内存不足，无法完成本次运行：未写入任何输出文件。请选择更大的 CELL_SIZE、更小的 EXTENT 或 MASK，或减少因子数量（或关闭其他程序）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/feedback.py" />
            <source>Stopped by {name}: the run was interrupted and no output file was written.</source>
            <translation>被 {name} 停止：运行被中断，未写入任何输出文件。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>FC = p(L|F) − p(L); LSI = Σ FC (§2.2.3, Table 1). Neutral value 0.</source>
            <translation>FC = p(L|F) − p(L)；LSI = Σ FC（§2.2.3，表 1）。中性值为 0。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>FR = p(L|F) / p(L); LSI = Σ FR (§2.2.3, Table 1). Neutral value 1 per factor.</source>
            <translation>FR = p(L|F) / p(L)；LSI = Σ FR（§2.2.3，表 1）。每个因子的中性值为 1。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>IV = ln(p(L|F) / p(L)); LSI = Σ IV (§2.2.3, Table 1). Neutral value 0.</source>
            <translation>IV = ln(p(L|F) / p(L))；LSI = Σ IV（§2.2.3，表 1）。中性值为 0。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>CF = (p(L|F) − p(L)) / (p(L|F)(1 − p(L))) when p(L|F) ≥ p(L), else (p(L|F) − p(L)) / (p(L)(1 − p(L|F))) (eq. 23); factors combined pairwise by the CF rule (§2.2.3, Table 1). LSI in [−1, 1], neutral value 0.</source>
            <translation>当 p(L|F) ≥ p(L) 时，CF = (p(L|F) − p(L)) / (p(L|F)(1 − p(L)))，否则 CF = (p(L|F) − p(L)) / (p(L)(1 − p(L|F)))（eq. 23）；各因子按 CF 合并规则两两组合（§2.2.3，表 1）。LSI 取值范围为 [−1, 1]，中性值为 0。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>CA = √(p(L|F)·p(F|L)): the cosine amplitude (eq. 27) of the landslide and the class indicator vectors over the cells; LSI = Σ CA (§2.2.3, Table 1).</source>
            <translation>CA = √(p(L|F)·p(F|L))：滑坡指示向量与类别指示向量在全部像元上的余弦振幅（eq. 27）；LSI = Σ CA（§2.2.3，表 1）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>W+ = ln SR = ln(p(F|L)/p(F|L̄)) (SR eq. 33), W− = ln NR = ln(p(F̄|L)/p(F̄|L̄)) (NR eq. 34); WS_j = W+_j + Σ_(k≠j) W−_k (eq. 35). The LSI raster holds the posterior log-odds logit p(L) + Σ WS (eq. 36).</source>
            <translation>W+ = ln SR = ln(p(F|L)/p(F|L̄))（SR 见 eq. 33），W− = ln NR = ln(p(F̄|L)/p(F̄|L̄))（NR 见 eq. 34）；WS_j = W+_j + Σ_(k≠j) W−_k（eq. 35）。LSI 栅格存储的是后验对数几率 logit p(L) + Σ WS（eq. 36）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>WC = W+ − W− (eq. 41); LSI = Σ WC (§2.2.3, Table 1). Neutral value 0.</source>
            <translation>WC = W+ − W−（eq. 41）；LSI = Σ WC（§2.2.3，表 1）。中性值为 0。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>SR = p(F|L) / p(F|L̄) (eq. 33); LSI = Σ SR (§2.2.3, Table 1). Neutral value 1 per factor.</source>
            <translation>SR = p(F|L) / p(F|L̄)（eq. 33）；LSI = Σ SR（§2.2.3，表 1）。每个因子的中性值为 1。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>&lt;p&gt;{name} method of ALSA 3.0 (Li &amp;amp; Lan 2023, &lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418).&lt;/p&gt;
&lt;p&gt;{formula}&lt;/p&gt;
&lt;p&gt;Factors are brought onto one grid (the first factor's CRS and, unless set, its extent and cell size). Continuous factors are normalised to 0–1, rounded to PRECISION decimals and analysed without classes: each value's bin is [u − w/2, u + w/2] with bin width w. With OPTIMIZE, every width k·10&lt;sup&gt;−Q&lt;/sup&gt; is tried and the one with the best prediction rate (success rate without a test set) is used. Classified factors use their integer class codes.&lt;/p&gt;
&lt;p&gt;Written to the output folder (names encode method and settings, e.g. LSI_CF_P3_W0.12.tif): the LSI, a favourability raster and a CSV table (every class or bin: counts, probabilities, favourability) per factor, the success/prediction rate curves, the bin-width/AUC table when optimising, the decisiveness of every factor at the width used (Decisiveness_CF_P3_W0.12.csv: the mean |CF| of its classes or bins over the valid cells, ALSA 5.0) and a JSON log with every input, setting and result. Nothing is written if the run fails or is cancelled.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ALSA 3.0 的{name}法（Li &amp;amp; Lan 2023，&lt;i&gt;Remote Sensing&lt;/i&gt; 15, 1418）。&lt;/p&gt;
&lt;p&gt;{formula}&lt;/p&gt;
&lt;p&gt;各因子被统一到同一格网（采用第一个因子的 CRS，未设置时也采用其范围和像元大小）。连续因子归一化到 0–1，保留 PRECISION 位小数，并以免分类方式分析：每个值 u 的区间为 [u − w/2, u + w/2]，w 为区间宽度。启用 OPTIMIZE 时，尝试所有宽度 k·10&lt;sup&gt;−Q&lt;/sup&gt;，并采用预测率最优（无测试集时为成功率最优）的宽度。分类因子使用其整数类别编码。&lt;/p&gt;
&lt;p&gt;写入输出文件夹的内容（文件名包含方法和设置，例如 LSI_CF_P3_W0.12.tif）：LSI；每个因子的有利度栅格和 CSV 表（每个类别或区间的计数、概率、有利度）；成功率/预测率曲线；优化时的区间宽度/AUC 表；各因子在所用区间宽度下的决定性（Decisiveness_CF_P3_W0.12.csv：其类别或区间的 |CF| 在有效像元上的平均值，ALSA 5.0）；以及记录所有输入、设置和结果的 JSON 日志。运行失败或被取消时不写入任何文件。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Landslide inventory: points (each counts as one cell, or its weight), polygons (cells whose centre is inside) or a 0/1 raster.</source>
            <translation>滑坡编录：点（每个点计为一个像元，或按其权重计）、面（中心位于面内的像元）或 0/1 栅格。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Numeric field of a point layer: a point counts as this many landslide cells.</source>
            <translation>点图层的数值字段：每个点计为该数量的滑坡像元。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Polygons mark every cell they touch instead of the cells whose centre is inside.</source>
            <translation>面标记其接触到的所有像元，而不仅是中心位于面内的像元。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>A separate test inventory (e.g. newer events). Then every landslide of LANDSLIDES trains and TRAIN_RATIO and SPLIT_BY are not used.</source>
            <translation>单独的测试编录（例如较新的事件）。此时 LANDSLIDES 中的所有滑坡都用于训练，TRAIN_RATIO 和 SPLIT_BY 不再使用。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Share of landslide cells (or of whole landslides, with SPLIT_BY) used for training, 0.01–1 (0.7 = 70:30; 1 = no test set).</source>
            <translation>用于训练的滑坡像元比例（按 SPLIT_BY 选择整个滑坡时为滑坡的比例），0.01–1（0.7 = 70:30；1 = 无测试集）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Landslide cells: cells are drawn at random, so one landslide polygon may train and test at once (ALSA's default). Whole landslides: each landslide goes to one side (a polygon, overlapping polygons together; a point, points in one cell together; a patch of a 0/1 raster, cells touching at an edge or corner, 8-connectivity), so the prediction rate is not flattered by cells of a training landslide; TRAIN_RATIO is then the share of landslides. The log says how many landslides and cells fell on each side. Does not apply with TEST_LANDSLIDES.</source>
            <translation>滑坡像元：随机抽取像元，因此同一个滑坡多边形可能同时用于训练和测试（ALSA 的默认方式）。整个滑坡：每个滑坡整体归入一侧（一个多边形，相互重叠的多边形一起；一个点，同一像元中的点一起；0/1 栅格的一个斑块，边或角相接的像元，8 邻域连通），因此预测率不会因训练滑坡的像元而虚高；此时 TRAIN_RATIO 为滑坡的比例。日志会给出每一侧的滑坡数和像元数。指定 TEST_LANDSLIDES 时不适用。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Fixed seed for a repeatable training/test split (ALSA's pseudo random), a whole number 0–2147483647. Empty: a new split each run.</source>
            <translation>用于可重复训练/测试划分的固定随机种子（ALSA 的伪随机），0–2147483647 之间的整数。留空：每次运行重新划分。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Rasters with continuous values (slope, elevation, …), analysed classification-free.</source>
            <translation>连续值栅格（坡度、高程……），以免分类方式分析。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Rasters of integer class codes (geology, land cover, …).</source>
            <translation>整数类别编码栅格（地层岩性、土地覆盖……）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Processing extent; default the mask's extent, else the first factor's.</source>
            <translation>处理范围；默认为掩膜的范围，否则为第一个因子的范围。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Polygons of the study area: cells whose centre lies outside are left out.</source>
            <translation>研究区的面：中心位于其外的像元被排除。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Cell size (&gt; 0) in the units of the first factor's CRS; empty or 0: the first factor's own cell size.</source>
            <translation>像元大小（&gt; 0），单位为第一个因子 CRS 的单位；留空或 0：使用第一个因子自身的像元大小。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Decimals kept of the normalised continuous values, 0–6 (0 = no rounding).</source>
            <translation>归一化连续值保留的小数位数，0–6（0 = 不舍入）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Bin width in normalised units, 0.000001–1; widths below 2·10^−PRECISION change nothing.</source>
            <translation>以归一化单位表示的区间宽度，0.000001–1；小于 2·10^−PRECISION 的宽度不会改变结果。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Search the bin width with the best prediction rate.</source>
            <translation>搜索预测率最优的区间宽度。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Q, 1–4: the candidate widths are k·10^−Q, k = 1…10^Q.</source>
            <translation>Q，1–4：候选宽度为 k·10^−Q，k = 1…10^Q。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Slope raster: cells with slope 0 get a null LSI (flat-area constraint); they still count in the probabilities.</source>
            <translation>坡度栅格：坡度为 0 的像元 LSI 置为空值（平地约束）；这些像元仍计入概率计算。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Where to write the LSI; empty: LSI_&lt;method&gt;_P&lt;P&gt;_W&lt;w&gt;.tif in the output folder.</source>
            <translation>LSI 的写入位置；留空：输出文件夹中的 LSI_&lt;method&gt;_P&lt;P&gt;_W&lt;w&gt;.tif。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Folder for every other output (tables, favourability rasters, rates, log).</source>
            <translation>其他所有输出（表格、有利度栅格、成功率/预测率、日志）的文件夹。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Optional: the LSI cut into 5 susceptibility zones (very low … very high) by natural breaks over the valid cells, a Byte GeoTIFF with its zone table (CSV, same name) beside it; alsa:zones on the LSI offers other zone counts and edges.</source>
            <translation>可选：按自然断点法在有效像元上将 LSI 划分为 5 个易发性分区（极低 … 极高），输出 Byte 型 GeoTIFF，旁边附分区表（CSV，同名）；对 LSI 运行 alsa:zones 可选择其他分区数和分区界限。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Optional HTML report; its figures are written to a folder named after it.</source>
            <translation>可选的 HTML 报告；其图件写入以报告名称命名的文件夹。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Write the report's figures at 300 dpi (for print) instead of 150 dpi.</source>
            <translation>以 300 dpi（用于印刷）而非 150 dpi 写出报告图件。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Optional names of the factors, comma-separated, one per factor in order: the continuous factors first, then the classified factors. Empty: each layer's name (for a temporary output of another step, the name of its file where it has a lasting one).</source>
            <translation>可选的因子名称，以逗号分隔，按顺序每个因子一个：先连续因子，后分类因子。留空：使用各图层的名称（若为其他步骤的临时输出，且其文件会保留，则使用该文件名）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Optional: the landslide probability cut into 5 susceptibility zones (very low … very high) by natural breaks over the valid cells, a Byte GeoTIFF with its zone table (CSV, same name) beside it; alsa:zones on the probability raster offers other zone counts and edges.</source>
            <translation>可选：按自然断点法将有效单元上的滑坡概率划分为 5 个易发性分区（极低 … 极高），输出为 Byte GeoTIFF，旁边附有同名的分区表（CSV）；对概率栅格运行 alsa:zones 可选择其他分区数和分区界线。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Px1: every valid cell</source>
            <translation>Px1：所有有效像元</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po1: a random sample of N_SAMPLE cells</source>
            <translation>Po1：随机抽取 N_SAMPLE 个像元</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po2: the landslide cells and as many random non-landslide cells</source>
            <translation>Po2：滑坡像元加同样数量的随机非滑坡像元</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po3: one cell per landslide and as many random non-landslide cells</source>
            <translation>Po3：每处滑坡一个像元加同样数量的随机非滑坡像元</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>&lt;p&gt;{name}: a machine-learning model of landslide susceptibility (the ML paper on Hokkaido, {section}), fitted with scikit-learn on the same grid, valid cells and training/test landslides as the bivariate methods: the same SEED, TRAIN_RATIO and SPLIT_BY give the same test landslides.&lt;/p&gt;
&lt;p&gt;{about}&lt;/p&gt;
&lt;p&gt;Continuous factors are min–max normalised and classified factors one-hot encoded inside the model, fitted on the training design only (ML paper formula (9)). The model is trained on TRAIN_DESIGN (training landslides only) and tested on TEST_DESIGN (test landslides; its other cells exclude every cell the model was trained on); the paper trains on Po2 and tests on Po1 (§5.2, Table 3). Then the landslide probability of every valid cell is predicted, in chunks.&lt;/p&gt;
&lt;p&gt;Written to the output folder (names encode model, designs and seed, e.g. RF_Po2-Po1_S1): the probability raster, the success and prediction rate curves of the full map (as the bivariate methods), the ROC curve of both designs, the confusion matrix at 0.5 with TPR and FPR (ML paper formulas (15)–(16)), the permutation importance of every factor on the test design, the landslide cells of each side, and a JSON log with every input, setting, design count, hyperparameter and result. Nothing is written if the run fails or is cancelled.&lt;/p&gt;
&lt;p&gt;Needs scikit-learn in the Python that QGIS runs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;{name}：一种滑坡易发性机器学习模型（ML 论文（北海道），{section}），用 scikit-learn 在与二元统计方法相同的网格、有效像元和训练/测试滑坡上拟合：相同的 SEED、TRAIN_RATIO 和 SPLIT_BY 给出相同的测试滑坡。&lt;/p&gt;
&lt;p&gt;{about}&lt;/p&gt;
&lt;p&gt;连续孕灾因子在模型内部做最小–最大归一化，分类孕灾因子做独热编码，二者仅在训练采样方案上拟合（ML 论文公式 (9)）。模型在 TRAIN_DESIGN 上训练（仅训练滑坡），在 TEST_DESIGN 上测试（测试滑坡；其其他像元不含模型训练用过的任何像元）；论文在 Po2 上训练、在 Po1 上测试（§5.2，表 3）。随后分块预测每个有效像元的滑坡概率。&lt;/p&gt;
&lt;p&gt;写入输出文件夹（文件名编码模型、采样方案和种子，如 RF_Po2-Po1_S1）：概率栅格、全图的成功率与预测率曲线（与二元统计方法相同）、两个采样方案的 ROC 曲线、阈值 0.5 时的混淆矩阵及 TPR 和 FPR（ML 论文公式 (15)–(16)）、每个孕灾因子在测试采样方案上的置换重要性、各侧的滑坡像元，以及记录每项输入、设置、采样方案计数、超参数和结果的 JSON 日志。运行失败或被取消时不写入任何文件。&lt;/p&gt;
&lt;p&gt;需要 QGIS 所用的 Python 中装有 scikit-learn。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>&lt;p&gt;On request, with the other outputs or not at all: OUTPUT_ZONES, the probability cut into five natural-breaks susceptibility zones with a table of their area and landslide shares, and OUTPUT_REPORT, an HTML report with the settings, the rate curves, the ROC curves of both designs, the confusion matrix, the permutation importances and the zones, its figures at 150 dpi (300 with HIGH_DPI).&lt;/p&gt;</source>
            <translation>&lt;p&gt;按需输出，与其他输出一同写出，否则一概不写：OUTPUT_ZONES，将概率按自然断点划分为五个易发性分区，并附各分区面积与滑坡占比的表格；OUTPUT_REPORT，HTML 报告，包含设置、成功率与预测率曲线、两个采样方案的 ROC 曲线、混淆矩阵、置换重要性和易发性分区，图件为 150 dpi（HIGH_DPI 时为 300 dpi）。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The cells the model is trained on, from the training landslides (ML paper §3): Px1 every valid cell, Po1 a random sample, Po2 the landslide cells plus as many random other cells (the paper's choice), Po3 one cell per landslide (polygon centroid or point) plus as many other cells.</source>
            <translation>模型训练所用的像元，取自训练滑坡（ML 论文 §3）：Px1 所有有效像元，Po1 随机样本，Po2 滑坡像元加同样数量的随机其他像元（论文的选择），Po3 每处滑坡一个像元（多边形质心或点）加同样数量的其他像元。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The cells the model is tested on (ROC, confusion matrix, importance), from the test landslides; its other cells exclude the training design's. Po1 is the paper's choice. Needs test landslides: TRAIN_RATIO below 1 or TEST_LANDSLIDES.</source>
            <translation>模型测试所用的像元（ROC、混淆矩阵、重要性），取自测试滑坡；其其他像元不含训练采样方案的像元。Po1 是论文的选择。需要测试滑坡：TRAIN_RATIO 小于 1 或给出 TEST_LANDSLIDES。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Cells of a Po1 design, a whole number 1–2147483647; empty: 500000, or every available cell when fewer. A number larger than the available cells is refused.</source>
            <translation>Po1 采样方案的像元数，整数 1–2147483647；留空：500000，有效像元更少时取全部。超过可用像元数的数值将被拒绝。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po2 only: keep landslide cells at least this many cells apart (the paper's points 'with limited distance'), 0–10000; 0 or 1 keeps every landslide cell.</source>
            <translation>仅用于 Po2：保留的滑坡像元彼此至少相隔这么多个像元（论文中“距离受限”的点），0–10000；0 或 1 保留所有滑坡像元。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Inverse regularisation strength C of the logistic regression, 0.000001–1000000 (default 1).</source>
            <translation>逻辑回归的正则化强度倒数 C，0.000001–1000000（默认 1）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Fewest training cells in a leaf of a tree, 1–100000.</source>
            <translation>树的每个叶节点中训练像元的最少数量，1–100000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Deepest level of the tree, 1–1000; empty: no limit.</source>
            <translation>树的最大深度，1–1000；留空：不限。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>k, the neighbours that vote (Minkowski distance, p = 2), 1–100000; the paper's best is 100. Must not exceed the training design's cells.</source>
            <translation>k，参与投票的近邻数（闵可夫斯基距离，p = 2），1–100000；论文中最佳为 100。不得超过训练采样方案的像元数。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>How the k nearest training cells are found. Exact: scikit-learn's search, which compares every cell with every training cell (about 1 ms per cell with the paper's Po2 design, hours for a map of 20 million cells). Approximate: the training cells are grouped into lists by k-means (seeded by SEED) and each cell is compared only with the cells of the 16 lists nearest to it; on a paper-scale synthetic map it found 99 % of the exact neighbours, its probabilities correlated 0.999 with the exact ones, and it was more than ten times faster. Euclidean distance only; needs numba. The same SEED gives the same probabilities.</source>
            <translation>如何找到 k 个最近的训练单元。精确：scikit-learn 的搜索，将每个单元与每个训练单元比较（采用论文的 Po2 设计时每个单元约 1 毫秒，2000 万个单元的地图需数小时）。近似：训练单元按 k 均值（由 SEED 设定种子）分组为若干列表，每个单元只与离它最近的 16 个列表中的单元比较；在论文规模的合成地图上，它找到了 99 % 的精确近邻，其概率与精确结果的相关系数为 0.999，速度快十倍以上。仅限欧氏距离；需要 numba。相同的 SEED 给出相同的概率。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Units of the hidden layer, 1–10000.</source>
            <translation>隐藏层的单元数，1–10000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Units of the first hidden layer, 1–10000.</source>
            <translation>第一隐藏层的单元数，1–10000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Units of the second hidden layer, 1–10000.</source>
            <translation>第二隐藏层的单元数，1–10000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Most training epochs of the network, 1–100000.</source>
            <translation>神经网络的最大训练轮数，1–100000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Trees of the ensemble, 1–10000.</source>
            <translation>集成中的树的数量，1–10000。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The models whose out-of-fold probabilities the meta model combines, each with its default settings; by default all seven, as the paper. At least one.</source>
            <translation>元模型组合其折外概率的模型，各用默认设置；默认为全部七种，与论文相同。至少选一个。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>How the KNN base model finds its k nearest training cells: exact (scikit-learn; hours on a map of 20 million cells) or approximate (much faster, needs numba); see alsa:knn. Ignored without a KNN base.</source>
            <translation>KNN 基模型如何找到 k 个最近的训练单元：精确（scikit-learn；2000 万个单元的地图需数小时）或近似（快得多，需要 numba）；参见 alsa:knn。没有 KNN 基模型时忽略此项。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Folds whose out-of-fold probabilities train the logistic-regression meta model, 2–20 (the meta model never sees a base model's prediction on its own training cells).</source>
            <translation>用其折外概率训练逻辑回归元模型的折数，2–20（元模型从不使用基模型在其自身训练像元上的预测）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Where to write the landslide probability of every valid cell (0–1); empty: Probability_&lt;model&gt;_&lt;train&gt;-&lt;test&gt;_S&lt;seed&gt;.tif in the output folder.</source>
            <translation>每个有效像元的滑坡概率（0–1）的写入位置；留空：输出文件夹中的 Probability_&lt;model&gt;_&lt;train&gt;-&lt;test&gt;_S&lt;seed&gt;.tif。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Folder for every other output (rates, ROC, confusion matrix, importance, log).</source>
            <translation>其他所有输出（成功率/预测率、ROC、混淆矩阵、重要性、日志）的文件夹。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Regularisation C</source>
            <translation>正则化参数 C</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Minimum cells per leaf</source>
            <translation>每个叶节点的最少像元数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Maximum tree depth</source>
            <translation>树的最大深度</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Neighbours k</source>
            <translation>近邻数 k</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Exact (scikit-learn; hours on a paper-scale map)</source>
            <translation>精确（scikit-learn；论文规模的地图需数小时）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Approximate (inverted file; much faster, needs numba)</source>
            <translation>近似（倒排文件；快得多，需要 numba）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Maximum epochs</source>
            <translation>最大训练轮数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Hidden units</source>
            <translation>隐藏单元数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Hidden units, first layer</source>
            <translation>隐藏单元数（第一层）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Hidden units, second layer</source>
            <translation>隐藏单元数（第二层）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Folds of the meta model</source>
            <translation>元模型的折数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Number of trees</source>
            <translation>树的数量</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Training design</source>
            <translation>训练采样方案</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Test design</source>
            <translation>测试采样方案</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Cells of a Po1 design</source>
            <translation>Po1 采样方案的像元数</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Po2: minimum spacing of landslide cells (cells)</source>
            <translation>Po2：滑坡像元的最小间距（像元）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Neighbour search</source>
            <translation>近邻搜索</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1</source>
            <translation>§4.1</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Random seed (empty: a new split and model each run)</source>
            <translation>随机种子（留空：每次运行重新划分并重新建模）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Landslide probability</source>
            <translation>滑坡概率</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>ROC AUC on the training design</source>
            <translation>训练采样方案上的 ROC AUC</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>ROC AUC on the test design</source>
            <translation>测试采样方案上的 ROC AUC</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>test</source>
            <translation>测试</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>{name}: success rate {success:.4f}, prediction rate {prediction:.4f}, ROC AUC {train:.4f} (training design), {test:.4f} (test design)</source>
            <translation>{name}：成功率 {success:.4f}，预测率 {prediction:.4f}，ROC AUC {train:.4f}（训练采样方案），{test:.4f}（测试采样方案）</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (1)</source>
            <translation>§4.1 (1)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>P(landslide) = 1 / (1 + e^−(θ·x)), θ by maximum likelihood (ML paper formulas (1)–(4)).</source>
            <translation>P(滑坡) = 1 / (1 + e^−(θ·x))，θ 由最大似然估计（ML 论文公式 (1)–(4)）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (2)</source>
            <translation>§4.1 (2)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>A CART tree split by the Gini impurity (ML paper formula (7)); a leaf's share of landslide cells is its probability.</source>
            <translation>按基尼不纯度分裂的 CART 树（ML 论文公式 (7)）；叶节点中滑坡像元的比例即其概率。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (3)</source>
            <translation>§4.1 (3)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The share of landslide cells among the k nearest training cells, by the Minkowski distance with p = 2 (ML paper formula (8)); k = 100, the paper's best (§5.2). NEIGHBOUR_SEARCH (advanced) chooses the exact search or a much faster approximate one for large maps.</source>
            <translation>k 个最近训练单元中滑坡单元所占的比例，采用 p = 2 的闵可夫斯基距离（ML 论文公式 (8)）；k = 100，为论文的最佳值（§5.2）。NEIGHBOUR_SEARCH（高级）用于选择精确搜索，或适用于大地图的快得多的近似搜索。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (4)</source>
            <translation>§4.1 (4)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>A neural network with one hidden layer of ReLU units, trained by Adam.</source>
            <translation>具有一个 ReLU 隐藏层、用 Adam 训练的神经网络。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>A neural network with two hidden layers of ReLU units, trained by Adam.</source>
            <translation>具有两个 ReLU 隐藏层、用 Adam 训练的神经网络。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Bootstrapped CART trees, each split choosing among √(factors) random columns; the trees' probabilities are averaged.</source>
            <translation>自助抽样的 CART 树，每次分裂在 √(因子数) 个随机列中选择；对各树的概率取平均。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>§4.1 (5)</source>
            <translation>§4.1 (5)</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>CART trees fitted on bootstrap samples of the training design; their probabilities are averaged.</source>
            <translation>在训练采样方案的自助样本上拟合的 CART 树；对其概率取平均。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The base models (BASE_MODELS: by default the seven other models, as the paper), each with its default settings; their out-of-fold probabilities train a logistic-regression meta model (ML paper formulas (13)–(14)), then the bases are refitted on the whole training design. The slowest model: every base is fitted FOLDS + 1 times, and every base predicts every cell. On a paper-scale map of 20 million cells and two cores, LR, DT and RF as the bases took 9 to 11 minutes and the seven bases 99 minutes (a KNN base needs the approximate search there, NEIGHBOUR_SEARCH); the two maps' probabilities correlated 0.98, 89 % of the most susceptible tenth of the cells were the same, and their ROC AUCs were 0.9920 and 0.9922.</source>
            <translation>基模型（BASE_MODELS：默认为其他七种模型，与论文相同）各用默认设置；其折外概率训练逻辑回归元模型（ML 论文公式 (13)–(14)），之后基模型在整个训练采样方案上重新拟合。这是最慢的模型：每个基模型拟合 FOLDS + 1 次，并且每个基模型都要预测每个单元。在论文规模的 2000 万个单元的地图和两个核心上，以 LR、DT 和 RF 为基模型用时 9 至 11 分钟，七个基模型用时 99 分钟（此时 KNN 基模型需要使用近似搜索，NEIGHBOUR_SEARCH）；两幅图的概率相关系数为 0.98，最易发的十分之一单元中有 89 % 相同，ROC AUC 分别为 0.9920 和 0.9922。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>Base models</source>
            <translation>基模型</translation>
        </message>
        <message>
            <location filename="../processing_provider/provider.py" />
            <source>ALSA landslide susceptibility</source>
            <translation>ALSA 滑坡易发性</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>&lt;p&gt;Reclassifies a continuous raster (slope, elevation, …) into n classes, so that the conventional 10/5/3-class scenarios of ALSA 3.0 can be run with the classes as a classified factor.&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;Equal interval&lt;/b&gt;: n classes of equal width from the minimum to the maximum.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Quantile&lt;/b&gt;: about the same number of cells in every class; heavily tied values can give equal breaks and so empty classes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Natural breaks (Jenks)&lt;/b&gt;: Fisher's optimal partition (least within-class sum of squares); exact over the distinct values when there are at most 2000, else over 2000 equal-width bins.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;Class k holds the values in (break&lt;sub&gt;k−1&lt;/sub&gt;, break&lt;sub&gt;k&lt;/sub&gt;]; class 1 also holds the minimum. The output has the input's grid (no resampling), class codes 1…n and nodata 0, as Byte (n ≤ 255) or UInt16. Only the first band is read; its nodata cells stay nodata. The breaks are reported in the log and in the BREAKS output.&lt;/p&gt;</source>
            <translation>&lt;p&gt;将连续栅格（坡度、高程……）重分类为 n 个类别，以便将这些类别作为分类因子，运行 ALSA 3.0 的常规 10/5/3 类情景。&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;等间距&lt;/b&gt;：从最小值到最大值划分为 n 个等宽类别。&lt;/li&gt;&lt;li&gt;&lt;b&gt;分位数&lt;/b&gt;：每个类别中的像元数大致相同；大量重复值可能产生相同的断点，从而出现空类别。&lt;/li&gt;&lt;li&gt;&lt;b&gt;自然间断点（Jenks）&lt;/b&gt;：Fisher 最优分割（类内平方和最小）；不同值不超过 2000 个时基于这些值精确计算，否则基于 2000 个等宽区间计算。&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;类别 k 包含 (break&lt;sub&gt;k−1&lt;/sub&gt;, break&lt;sub&gt;k&lt;/sub&gt;] 内的值；类别 1 同时包含最小值。输出沿用输入的格网（不重采样），类别编码为 1…n，NoData 为 0，数据类型为 Byte（n ≤ 255）或 UInt16。只读取第一个波段；其 NoData 像元仍为 NoData。断点会在日志和 BREAKS 输出中给出。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Reclassify a continuous raster</source>
            <translation>连续栅格重分类</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Continuous raster</source>
            <translation>连续栅格</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>The raster to classify.</source>
            <translation>待分类的栅格。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Number of classes</source>
            <translation>类别数</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>A whole number, 2–{max}; the paper's conventional scenarios use 10, 5 and 3.</source>
            <translation>整数，2–{max}；论文中的常规情景使用 10、5 和 3。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Classification</source>
            <translation>分类方法</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>How the breaks are placed: equal interval, quantile or natural breaks (Jenks).</source>
            <translation>断点的确定方式：等间距、分位数或自然间断点（Jenks）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Classes</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>The class raster (GeoTIFF); it may not be the input raster.</source>
            <translation>类别栅格（GeoTIFF）；不能是输入栅格本身。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Class breaks (comma separated, min to max)</source>
            <translation>类别断点（逗号分隔，从最小值到最大值）</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>INPUT: choose a raster layer.</source>
            <translation>INPUT：请选择一个栅格图层。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>OUTPUT: the classes are written as a GeoTIFF; use a .tif file name.</source>
            <translation>OUTPUT：类别将写为 GeoTIFF；请使用 .tif 文件名。</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Breaks ({method}): {breaks}</source>
            <translation>断点（{method}）：{breaks}</translation>
        </message>
        <message>
            <location filename="../processing_provider/reclassify_algorithm.py" />
            <source>Some classes are empty (tied values); consider fewer classes.</source>
            <translation>部分类别为空（存在大量重复值）；可考虑减少类别数。</translation>
        </message>
        <message>
            <location filename="../processing_provider/report_parameters.py" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location filename="../processing_provider/report_parameters.py" />
            <source>HTML files (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <location filename="../processing_provider/report_parameters.py" />
            <source>Report figures at 300 dpi</source>
            <translation>报告图件采用 300 dpi</translation>
        </message>
        <message>
            <location filename="../processing_provider/report_parameters.py" />
            <source>OUTPUT_REPORT: the report is an HTML file; use a .html file name.</source>
            <translation>OUTPUT_REPORT：报告为 HTML 文件；请使用 .html 文件名。</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>&lt;p&gt;Writes the built-in synthetic study area (400 × 500 cells of 10 m, EPSG:32617) to a folder, so every ALSA tool can be tried at once:&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;slope.tif&lt;/b&gt; (degrees, 0 on flat cells), &lt;b&gt;factor01–03.tif&lt;/b&gt;: continuous factors (Float32);&lt;/li&gt;&lt;li&gt;&lt;b&gt;classes00.tif&lt;/b&gt;: a classified factor (Byte, classes from 1, nodata 0);&lt;/li&gt;&lt;li&gt;&lt;b&gt;dem.tif&lt;/b&gt;: an elevation model whose slope (e.g. from &lt;i&gt;Slope&lt;/i&gt;) is close to slope.tif;&lt;/li&gt;&lt;li&gt;&lt;b&gt;landslides.gpkg&lt;/b&gt;: the landslide inventory, about 1 % of the cells, as polygons.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;The data are deterministic: every run writes the same files. Existing files are never overwritten: choose an empty or new folder.&lt;/p&gt;
&lt;p&gt;Try it: &lt;i&gt;Certainty factor&lt;/i&gt; with LANDSLIDES = landslides, CONTINUOUS_FACTORS = slope and factor01–03, CLASSIFIED_FACTORS = classes00, OPTIMIZE on and FLAT_SLOPE = slope.&lt;/p&gt;</source>
            <translation>&lt;p&gt;将内置的合成研究区（400 × 500 个 10 m 像元，EPSG:32617）写入一个文件夹，以便立即试用 ALSA 的所有工具：&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;slope.tif&lt;/b&gt;（单位为度，平地像元为 0）、&lt;b&gt;factor01–03.tif&lt;/b&gt;：连续因子（Float32）；&lt;/li&gt;&lt;li&gt;&lt;b&gt;classes00.tif&lt;/b&gt;：分类因子（Byte，类别从 1 开始，NoData 为 0）；&lt;/li&gt;&lt;li&gt;&lt;b&gt;dem.tif&lt;/b&gt;：高程模型，由其计算的坡度（例如用 &lt;i&gt;坡度&lt;/i&gt; 工具）与 slope.tif 接近；&lt;/li&gt;&lt;li&gt;&lt;b&gt;landslides.gpkg&lt;/b&gt;：滑坡编录，以面表示，约占 1% 的像元。&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;数据是确定的：每次运行都写出相同的文件。已有文件绝不会被覆盖：请选择一个空文件夹或新文件夹。&lt;/p&gt;
&lt;p&gt;试一试：运行 &lt;i&gt;确定性系数&lt;/i&gt;，设置 LANDSLIDES = landslides，CONTINUOUS_FACTORS = slope 和 factor01–03，CLASSIFIED_FACTORS = classes00，开启 OPTIMIZE，FLAT_SLOPE = slope。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Write sample data</source>
            <translation>写出示例数据</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Folder for the sample data</source>
            <translation>示例数据文件夹</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>A new or empty folder; files already there are never overwritten.</source>
            <translation>新文件夹或空文件夹；其中已有的文件绝不会被覆盖。</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Landslide polygons</source>
            <translation>滑坡面</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Elevation model</source>
            <translation>高程模型</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Slope factor</source>
            <translation>坡度因子</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>All factors</source>
            <translation>全部因子</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <location filename="../processing_provider/study_parameters.py" />
            <source>Continuous factors</source>
            <translation>连续因子</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <location filename="../processing_provider/study_parameters.py" />
            <source>Classified factors</source>
            <translation>分类因子</translation>
        </message>
        <message>
            <location filename="../processing_provider/sample_data_algorithm.py" />
            <source>Sample data written to {folder}</source>
            <translation>示例数据已写入 {folder}</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Landslide cells (ALSA's default)</source>
            <translation>滑坡像元（ALSA 的默认方式）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Whole landslides (no landslide on both sides)</source>
            <translation>整个滑坡（没有滑坡同时位于两侧）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Training ratio</source>
            <translation>训练比例</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Split the landslides by</source>
            <translation>滑坡划分方式</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Landslide weight field (points)</source>
            <translation>滑坡权重字段（点）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Polygons mark every cell they touch</source>
            <translation>面标记其接触的所有像元</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Separate test landslides</source>
            <translation>单独的测试滑坡</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Factor names (comma-separated)</source>
            <translation>因子名称（逗号分隔）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Processing extent</source>
            <translation>处理范围</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Study-area mask polygons</source>
            <translation>研究区掩膜面</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Cell size (default: the first factor's)</source>
            <translation>像元大小（默认：同第一个因子）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>Slope raster for the flat-area constraint</source>
            <translation>用于平地约束的坡度栅格</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label} {layer_name!r} is not a file GDAL can read (provider {layer_providerType}); save it as a GeoTIFF first</source>
            <translation>{label} {layer_name!r} 不是 GDAL 可读取的文件（数据提供程序 {layer_providerType}）；请先将其另存为 GeoTIFF</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: the layer {layer_name!r} has no CRS; set it in QGIS (Layer Properties ▸ Source) or assign one to the file (Raster ▸ Projections ▸ Assign Projection)</source>
            <translation>{label}：图层 {layer_name!r} 没有 CRS；请在 QGIS 中设置（图层属性 ▸ 源），或为文件指定一个（栅格 ▸ 投影 ▸ 指定投影）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>factor {name!r} is named after a temporary output ({source}); set FACTOR_NAMES to give the factors readable names</source>
            <translation>因子 {name!r} 以临时输出命名（{source}）；请设置 FACTOR_NAMES 为因子指定易读的名称</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>FACTOR_NAMES: {n} names for {count} factors; give one name per factor, comma-separated, the continuous factors first, then the classified factors</source>
            <translation>FACTOR_NAMES：{count} 个因子给了 {n} 个名称；请每个因子给一个名称，以逗号分隔，先连续因子，后分类因子</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>FACTOR_NAMES: a name is empty; give one name per factor, comma-separated</source>
            <translation>FACTOR_NAMES：有名称为空；请每个因子给一个名称，以逗号分隔</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>FACTOR_NAMES: {names} given more than once (as file names); give every factor its own name</source>
            <translation>FACTOR_NAMES：{names} 出现了不止一次（作为文件名）；请为每个因子指定不同的名称</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: classified factor</source>
            <translation>{key}：分类因子</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: continuous factor</source>
            <translation>{key}：连续因子</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: the layer {layer_name!r} has no valid CRS; set its CRS first</source>
            <translation>{label}：图层 {layer_name!r} 没有有效的 CRS；请先设置其 CRS</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: its CRS {authid} cannot be transformed to {crs_authid}; reproject it first</source>
            <translation>{label}：其 CRS {authid} 无法转换到 {crs_authid}；请先对其重投影</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{label}: could not transform the features to {crs_authid} ({msg})</source>
            <translation>{label}：无法将要素转换到 {crs_authid}（{msg}）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>point</source>
            <translation>点</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>line</source>
            <translation>线</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>polygon</source>
            <translation>面</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>geometry-less</source>
            <translation>无几何</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>MASK: the layer holds {kind} features; the study-area mask must be polygons (or leave MASK empty)</source>
            <translation>MASK：该图层包含的是{kind}要素；研究区掩膜必须为面（或将 MASK 留空）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>MASK: the layer (or its selection) holds no polygon</source>
            <translation>MASK：该图层（或其选中要素）中没有面</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: reprojected from {crs} to {grid_crs}</source>
            <translation>{key}：已从 {crs} 重投影到 {grid_crs}</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: the layer {layer!r} has no field {field!r}; its numeric fields are {numeric} (or leave WEIGHT_FIELD empty: every point counts as one landslide cell)</source>
            <translation>WEIGHT_FIELD：图层 {layer!r} 没有字段 {field!r}；其数值字段为 {numeric}（或将 WEIGHT_FIELD 留空：每个点计为一个滑坡像元）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: the layer {layer!r} has no field {field!r}; it has no numeric field (or leave WEIGHT_FIELD empty: every point counts as one landslide cell)</source>
            <translation>WEIGHT_FIELD：图层 {layer!r} 没有字段 {field!r}；该图层没有数值字段（或将 WEIGHT_FIELD 留空：每个点计为一个滑坡像元）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: {value} points of {layer_name!r} have a negative weight in {weight!r}; weights count landslide cells and must be 0 or more</source>
            <translation>WEIGHT_FIELD：{layer_name!r} 中有 {value} 个点在 {weight!r} 中的权重为负；权重表示滑坡像元数，必须大于或等于 0</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD: every weight in {weight!r} of {layer_name!r} is 0 or NULL, so no landslide is left; choose another field or leave WEIGHT_FIELD empty</source>
            <translation>WEIGHT_FIELD：{layer_name!r} 的 {weight!r} 中所有权重均为 0 或 NULL，因此没有剩余的滑坡；请选择其他字段，或将 WEIGHT_FIELD 留空</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: {missing} of {values} points have a NULL {weight!r} and are left out (weight 0)</source>
            <translation>{key}：{values} 个点中有 {missing} 个的 {weight!r} 为 NULL，已被排除（权重为 0）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: {zero} of {values} points have weight 0 in {weight!r} and count for nothing</source>
            <translation>{key}：{values} 个点中有 {zero} 个在 {weight!r} 中的权重为 0，不计入</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD applies to point layers; {key} {layer_name!r} is a raster: clear WEIGHT_FIELD</source>
            <translation>WEIGHT_FIELD 仅适用于点图层；{key} {layer_name!r} 是栅格：请清空 WEIGHT_FIELD</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: {layer_name!r} is neither a vector nor a raster layer</source>
            <translation>{key}：{layer_name!r} 既不是矢量图层也不是栅格图层</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: the layer {layer_name!r} holds {kind} features; landslides are points, polygons or a 0/1 raster (buffer lines into polygons first)</source>
            <translation>{key}：图层 {layer_name!r} 包含的是{kind}要素；滑坡应为点、面或 0/1 栅格（线要素请先缓冲为面）</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>{key}: the layer {layer_name!r} has no feature</source>
            <translation>{key}：图层 {layer_name!r} 没有要素</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>WEIGHT_FIELD applies to point layers; {key} {layer_name!r} holds polygons: clear WEIGHT_FIELD</source>
            <translation>WEIGHT_FIELD 仅适用于点图层；{key} {layer_name!r} 包含的是面：请清空 WEIGHT_FIELD</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>LANDSLIDES: choose a landslide point, polygon or 0/1 raster layer.</source>
            <translation>LANDSLIDES：请选择滑坡点、面或 0/1 栅格图层。</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>TEST_LANDSLIDES is the same layer as LANDSLIDES: every landslide trains and tests, so the prediction rate only repeats the fit (the success rate); give newer or separate events, or leave TEST_LANDSLIDES empty and use TRAIN_RATIO</source>
            <translation>TEST_LANDSLIDES 与 LANDSLIDES 是同一图层：所有滑坡既用于训练又用于测试，因此预测率只是重复拟合结果（即成功率）；请提供较新的或独立的事件，或将 TEST_LANDSLIDES 留空并使用 TRAIN_RATIO</translation>
        </message>
        <message>
            <location filename="../processing_provider/study_parameters.py" />
            <source>No factor: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS.</source>
            <translation>没有因子：请至少向 CONTINUOUS_FACTORS 或 CLASSIFIED_FACTORS 添加一个栅格。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Cumulative landslide share (SHARES)</source>
            <translation>累计滑坡比例（SHARES）</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>&lt;p&gt;Cuts any susceptibility raster (an ALSA LSI, a model's probability, a map from other software; higher values = more susceptible) into zones from &lt;b&gt;very low&lt;/b&gt; to &lt;b&gt;very high&lt;/b&gt;, on the raster's own grid, and tabulates the share of area and of landslides in each zone.&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;Natural breaks (Jenks)&lt;/b&gt;, &lt;b&gt;quantile&lt;/b&gt;, &lt;b&gt;equal interval&lt;/b&gt;: N_ZONES zones over the ranked cells (as alsa:reclassify); zone k holds the values in (lower, upper], zone 1 also the minimum.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cumulative landslide share&lt;/b&gt;: with SHARES = 50,75,90,95 the edges are the raster values at which the success-rate curve reaches 50, 75, 90 and 95 % of the training landslides (LANDSLIDES). Edge t for share s is the highest value such that the landslides on cells with a value ≥ t hold at least s of the landslide weight. The zones are: value ≥ t&lt;sub&gt;50&lt;/sub&gt; (very high), t&lt;sub&gt;75&lt;/sub&gt; ≤ value &amp;lt; t&lt;sub&gt;50&lt;/sub&gt;, …, value &amp;lt; t&lt;sub&gt;95&lt;/sub&gt; (very low); there is one zone more than there are shares, and N_ZONES is not used. Cells tied at an edge all go up, so a zone may hold more than its share.&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;The zone raster is Byte, zones 1 (lowest) … n (highest), nodata 0, with labels and colours. The table has one row per zone: zone, label, lower, upper, cells, area_share, train_landslide_share, test_landslide_share, density_ratio (landslide share / area share: the zone's frequency ratio), then the landslide weights and the test density ratio. Landslides count as in alsa:evaluate: a point counts as its weight; landslide cells on nodata or outside MASK drop out, and a warning says how many.&lt;/p&gt;
&lt;p&gt;Optional: an HTML report with the zone table, a map of the zones, the shares per zone and the rate curves.&lt;/p&gt;</source>
            <translation>&lt;p&gt;在栅格自身的格网上，将任意易发性栅格（ALSA 的 LSI、模型输出的概率或其他软件生成的图；值越高 = 越易发）划分为从&lt;b&gt;极低&lt;/b&gt;到&lt;b&gt;极高&lt;/b&gt;的分区，并统计每个分区的面积比例和滑坡比例。&lt;/p&gt;
&lt;ul&gt;&lt;li&gt;&lt;b&gt;自然间断点（Jenks）&lt;/b&gt;、&lt;b&gt;分位数&lt;/b&gt;、&lt;b&gt;等间距&lt;/b&gt;：在参与排序的像元上划分 N_ZONES 个分区（同 alsa:reclassify）；分区 k 包含 (lower, upper] 内的值，分区 1 同时包含最小值。&lt;/li&gt;&lt;li&gt;&lt;b&gt;累计滑坡比例&lt;/b&gt;：当 SHARES = 50,75,90,95 时，分区边界为成功率曲线达到训练滑坡（LANDSLIDES）的 50、75、90 和 95 % 时对应的栅格值。比例 s 对应的边界 t 是满足以下条件的最高值：值 ≥ t 的像元上的滑坡至少占滑坡总权重的 s。各分区依次为：值 ≥ t&lt;sub&gt;50&lt;/sub&gt;（极高）、t&lt;sub&gt;75&lt;/sub&gt; ≤ 值 &amp;lt; t&lt;sub&gt;50&lt;/sub&gt;、…、值 &amp;lt; t&lt;sub&gt;95&lt;/sub&gt;（极低）；分区数比比例个数多一个，且不使用 N_ZONES。值恰好等于边界的像元全部归入较高的分区，因此一个分区所含的滑坡可能多于其对应的比例。&lt;/li&gt;&lt;/ul&gt;
&lt;p&gt;分区栅格为 Byte 类型，分区编码为 1（最低）… n（最高），NoData 为 0，并带有标签和颜色。表格中每个分区一行：zone、label、lower、upper、cells、area_share、train_landslide_share、test_landslide_share、density_ratio（滑坡比例 / 面积比例：即该分区的频率比），随后是滑坡权重和测试密度比。滑坡的计数方式与 alsa:evaluate 相同：一个点按其权重计；位于 NoData 或 MASK 之外的滑坡像元被剔除，并给出警告说明数量。&lt;/p&gt;
&lt;p&gt;可选：HTML 报告，包含分区表、分区图、各分区的比例以及成功率/预测率曲线。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Optional test inventory (points, polygons or a 0/1 raster): its share per zone.</source>
            <translation>可选的测试编录（点、面或 0/1 栅格）：给出其在各分区中的比例。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Optional study-area polygons: cells whose centre lies outside get no zone.</source>
            <translation>可选的研究区面：中心位于其外的像元不划入任何分区。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Number of zones, {low}–{high} (5: very low, low, moderate, high, very high).</source>
            <translation>分区数，{low}–{high}（5：极低、低、中、高、极高）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>How the zone edges are placed: natural breaks, quantile, equal interval or cumulative share.</source>
            <translation>分区边界的确定方式：自然间断点、分位数、等间距或累计滑坡比例。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Cumulative landslide share mode: increasing percentages of the training landslides, comma separated (e.g. 50,75,90,95 gives 5 zones).</source>
            <translation>累计滑坡比例模式：训练滑坡的递增百分比，以逗号分隔（例如 50,75,90,95 得到 5 个分区）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>The zone raster (GeoTIFF, Byte, zones 1…n, nodata 0).</source>
            <translation>分区栅格（GeoTIFF，Byte，分区 1…n，NoData 为 0）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>CSV file with one row per zone.</source>
            <translation>每个分区一行的 CSV 文件。</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Number of zones</source>
            <translation>分区数</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Zone edges</source>
            <translation>分区边界</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Landslide shares (%)</source>
            <translation>滑坡比例（%）</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Zone table</source>
            <translation>分区表</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>Number of zones written</source>
            <translation>写出的分区数</translation>
        </message>
        <message>
            <location filename="../processing_provider/zones_algorithm.py" />
            <source>zone {k} ({label}): {lower:g} – {upper:g}, {area:.1%} of the area, {share:.1%} of the landslides</source>
            <translation>分区 {k}（{label}）：{lower:g} – {upper:g}，占面积的 {area:.1%}，占滑坡的 {share:.1%}</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The base models (BASE_MODELS: by default the seven other models, as the paper), each with its default settings; their out-of-fold probabilities train a logistic-regression meta model (ML paper formulas (13)–(14)), then the bases are refitted on the whole training design. The slowest model: every base is fitted FOLDS + 1 times, and every base predicts every cell. On a paper-scale map of 20 million cells and two cores, LR, DT and RF as the bases took 9 minutes; the seven bases take more than an hour (estimated), and a KNN base needs the approximate search there (NEIGHBOUR_SEARCH).</source>
            <translation type="vanished">基模型（BASE_MODELS：默认为其他七种模型，与论文相同）各用默认设置；其折外概率训练逻辑回归元模型（ML 论文公式 (13)–(14)），之后基模型在整个训练采样方案上重新拟合。这是最慢的模型：每个基模型拟合 FOLDS + 1 次，并且每个基模型都要预测每个单元。在论文规模的 2000 万个单元的地图和两个核心上，以 LR、DT 和 RF 为基模型用时 9 分钟；七个基模型需要一个多小时（估计值），此时 KNN 基模型需要使用近似搜索（NEIGHBOUR_SEARCH）。</translation>
        </message>
        <message>
            <location filename="../processing_provider/compare_models_algorithm.py" />
            <source>&lt;p&gt;Machine-learning models and bivariate methods side by side on one split: the ML paper's Table 3 (models, Hokkaido) next to Table 4 of Li &amp;amp; Lan 2023 (methods). Every chosen model and method runs as its own algorithm would (alsa:randomforest, alsa:certaintyfactor …), with the same SEED for all, so all of them use the same grid, valid cells and training/test landslides; when SEED is empty one seed is drawn and written to the log.&lt;/p&gt;
&lt;p&gt;They are compared on what they share: the success and prediction rates of the full map (the probability of a model, the LSI of a method, ranked over the same valid cells against the same landslides) and the ROC AUC of the map. The models' ROC AUC on their training and test designs (TRAIN_DESIGN, TEST_DESIGN) and the methods' bin width are given as well. Models use their default hyperparameters; the methods share PRECISION, BIN_WIDTH, OPTIMIZE and OPT_PRECISION.&lt;/p&gt;
&lt;p&gt;Written to the output folder: every item's own outputs under its own name (e.g. Probability_RF_Po2-Po1_S1.tif, LSI_CF_P3_W0.1.tif, their rates, tables and logs), the table &lt;code&gt;Compare_models.csv&lt;/code&gt; (or OUTPUT_TABLE: one row per item, best first by prediction rate, by success rate without a test set) and &lt;code&gt;Compare_models_log.json&lt;/code&gt; (the seed, the settings, every item's log and results). Nothing is written if any item fails or the run is cancelled. The raster of the best item is added to the project.&lt;/p&gt;</source>
            <translation type="vanished">&lt;p&gt;在同一次训练/测试划分上并列比较机器学习模型与双变量方法：机器学习论文的表 3（模型，北海道）与 Li &amp;amp; Lan 2023 的表 4（方法）并排。每个选中的模型和方法都像其自身算法（alsa:randomforest、alsa:certaintyfactor …）那样运行，且全部使用同一个 SEED，因此它们使用相同的网格、有效像元和训练/测试滑坡；SEED 为空时抽取一个种子并写入日志。&lt;/p&gt;
&lt;p&gt;比较的依据是它们的共同之处：整幅图的成功率和预测率（模型的概率、方法的 LSI，在相同的有效像元上针对相同的滑坡排序）以及整幅图的 ROC AUC。同时给出模型在训练采样方案和测试采样方案（TRAIN_DESIGN、TEST_DESIGN）上的 ROC AUC 以及方法的区间宽度。模型使用其默认超参数；各方法共用 PRECISION、BIN_WIDTH、OPTIMIZE 和 OPT_PRECISION。&lt;/p&gt;
&lt;p&gt;写入输出文件夹：每一项以其自身名称写出的输出（例如 Probability_RF_Po2-Po1_S1.tif、LSI_CF_P3_W0.1.tif 及其成功率/预测率曲线、表格和日志）、比较表 &lt;code&gt;Compare_models.csv&lt;/code&gt;（或 OUTPUT_TABLE：每项一行，按预测率从高到低排列，无测试集时按成功率）以及 &lt;code&gt;Compare_models_log.json&lt;/code&gt;（种子、设置、每一项的日志和结果）。任何一项失败或运行被取消时不写出任何文件。最佳一项的栅格会加入项目。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The base models (BASE_MODELS: by default the seven other models, as the paper), each with its default settings; their out-of-fold probabilities train a logistic-regression meta model (ML paper formulas (13)–(14)), then the bases are refitted on the whole training design. The slowest model: every base is fitted FOLDS + 1 times, and every base predicts every cell. On a paper-scale map of 20 million cells the seven bases take hours; fewer and faster bases (LR, DT, RF) and the approximate search for a KNN base (NEIGHBOUR_SEARCH) bring it to minutes.</source>
            <translation type="vanished">基模型（BASE_MODELS：默认为其他七种模型，与论文相同）各用默认设置；其折外概率训练逻辑回归元模型（ML 论文公式 (13)–(14)），之后基模型在整个训练采样方案上重新拟合。这是最慢的模型：每个基模型拟合 FOLDS + 1 次，并且每个基模型都要预测每个单元。在论文规模的 2000 万个单元的地图上，七个基模型需要数小时；更少、更快的基模型（LR、DT、RF）以及 KNN 基模型的近似搜索（NEIGHBOUR_SEARCH）可将其缩短到几分钟。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking needs one or more base models, each once, and stacking cannot be one of them; got {bases}</source>
            <translation type="vanished">Stacking 集成需要一个或多个基模型，每个只能出现一次，且 Stacking 本身不能作为基模型；收到的是 {bases}</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/ml/models.py" />
            <source>stacking needs at least one base model, and stacking cannot be one of them</source>
            <translation type="vanished">Stacking 集成至少需要一个基模型，且 Stacking 本身不能作为基模型</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The seven other models with their default settings are the base models; their out-of-fold probabilities train a logistic-regression meta model (ML paper formulas (13)–(14)), then the bases are refitted on the whole training design. The slowest model: every base is fitted FOLDS + 1 times.</source>
            <translation type="vanished">其他七种模型（默认设置）为基模型；其折外概率训练逻辑回归元模型（ML 论文公式 (13)–(14)），之后基模型在整个训练采样方案上重新拟合。这是最慢的模型：每个基模型拟合 FOLDS + 1 次。</translation>
        </message>
        <message>
            <location filename="../processing_provider/model_algorithms.py" />
            <source>The share of landslide cells among the k nearest training cells, by the Minkowski distance with p = 2 (ML paper formula (8)); k = 100, the paper's best (§5.2).</source>
            <translation type="vanished">k 个最近训练像元中滑坡像元的比例，采用 p = 2 的闵可夫斯基距离（ML 论文公式 (8)）；k = 100，论文中的最佳值（§5.2）。</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>splitting landslides</source>
            <translation type="vanished">正在划分滑坡</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/core/study.py" />
            <source>landslide objects: shape {shape} differs from the factors' shape {expected}</source>
            <translation type="vanished">滑坡对象：形状 {shape} 与因子的形状 {expected} 不同</translation>
        </message>
        <message>
            <location filename="../alsa_plugin/jobs/compare_job.py" />
            <source>{n} classes: the valid cells or the training/test split differ from the optimal scenario; the scenarios would not be comparable</source>
            <translation type="vanished">{n} 个类别：有效像元或训练/测试划分与最优情景不同；各情景之间将不可比</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>A separate test inventory (e.g. newer events). Then every landslide of LANDSLIDES trains and TRAIN_RATIO is not used.</source>
            <translation type="vanished">单独的测试编录（例如较新的事件）。此时 LANDSLIDES 中的所有滑坡都用于训练，TRAIN_RATIO 不再使用。</translation>
        </message>
        <message>
            <location filename="../processing_provider/help.py" />
            <source>Share of landslide cells used for training, 0.01–1 (0.7 = 70:30; 1 = no test set).</source>
            <translation type="vanished">用于训练的滑坡像元比例，0.01–1（0.7 = 70:30；1 = 无测试集）。</translation>
        </message>
    </context>
    <context>
        <name>AlsaDialog</name>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>ALSA — landslide susceptibility</source>
            <translation>ALSA — 滑坡易发性</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>1. Landslide data</source>
            <translation>1. 滑坡数据</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Landslides</source>
            <translation>滑坡</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add a landslide layer from a file</source>
            <translation>从文件添加滑坡图层</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Weight field (points)</source>
            <translation>权重字段（点）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Training ratio</source>
            <translation>训练比例</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Pseudo random, seed</source>
            <translation>伪随机，随机种子</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Split by</source>
            <translation>划分方式</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Whole landslides: every landslide (polygon, point or raster patch) goes to one side, so no landslide is both trained on and tested on</source>
            <translation>整个滑坡：每个滑坡（面、点或栅格斑块）只归入一侧，因此没有滑坡既用于训练又用于测试</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Separate test landslides</source>
            <translation>单独的测试滑坡</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>2. Predisposing factors</source>
            <translation>2. 孕灾因子</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Classified</source>
            <translation>分类因子</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Factor</source>
            <translation>因子</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add layer</source>
            <translation>添加图层</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Move up (the first factor sets the grid)</source>
            <translation>上移（第一个因子决定格网）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>3. Processing extent</source>
            <translation>3. 处理范围</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Extent of layer</source>
            <translation>图层范围</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Mask polygons</source>
            <translation>掩膜面</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Selected features only</source>
            <translation>仅选中的要素</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>4. Processing parameters</source>
            <translation>4. 处理参数</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Cell size</source>
            <translation>像元大小</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Precision</source>
            <translation>精度</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Bin width</source>
            <translation>区间宽度</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>5. Method or model</source>
            <translation>5. 方法或模型</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The models to compare, each with its default settings</source>
            <translation>参与比较的模型，各自使用默认设置</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Bivariate methods</source>
            <translation>双变量方法</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The bivariate methods to compare, with the precision, bin width and optimisation set below</source>
            <translation>参与比较的双变量方法，使用下方设置的精度、区间宽度和优化</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Training design</source>
            <translation>训练采样方案</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The cells the model is trained on, from the training landslides (ML paper §3); Po2 is the paper's choice</source>
            <translation>模型训练所用的像元，取自训练滑坡（机器学习论文 §3）；论文选用 Po2</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Test design</source>
            <translation>测试采样方案</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The cells the model is tested on (ROC, confusion matrix, importance), from the test landslides; Po1 is the paper's choice</source>
            <translation>模型测试所用的像元（ROC、混淆矩阵、重要性），取自测试滑坡；论文选用 Po1</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Cells of a Po1 design</source>
            <translation>Po1 采样方案的像元数</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Po2: minimum spacing of landslide cells (cells)</source>
            <translation>Po2：滑坡像元的最小间距（像元）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Base models</source>
            <translation>基模型</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>The models stacking combines, each with its default settings; the paper's seven by default</source>
            <translation>堆叠模型所组合的模型，各用其默认设置；默认为论文中的七个模型</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Neighbour search</source>
            <translation>近邻搜索</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>How KNN finds its k nearest training cells: exact, or approximate for large maps</source>
            <translation>KNN 如何查找 k 个最近的训练像元：精确搜索，或用于大幅地图的近似搜索</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>6. Optimisation</source>
            <translation>6. 优化</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Optimise the bin width</source>
            <translation>优化区间宽度</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Optimisation precision</source>
            <translation>优化精度</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>7. Output</source>
            <translation>7. 输出</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Add the favourability rasters to the map</source>
            <translation>将有利度栅格添加到地图</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Write an HTML report (Report_….html in the output folder)</source>
            <translation>生成 HTML 报告（输出文件夹中的 Report_….html）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Settings, rate curves, favourability plots, decisiveness and tables in one page with its figures; opened from the link after the run</source>
            <translation>设置、成功率/预测率曲线、有利度图、决定性和各表格汇总于一页，附图件；运行后可通过链接打开</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>ALSA — landslide susceptibility (bivariate methods)</source>
            <translation type="vanished">ALSA — 滑坡易发性（双变量方法）</translation>
        </message>
        <message>
            <location filename="../ui/alsa_dialog.ui" />
            <source>5. Method</source>
            <translation type="vanished">5. 方法</translation>
        </message>
    </context>
</TS>
