/**
 * How an indicator's direction is written when it is not an operator inside 年度指标值: the 指标性质 column's words,
 * and, for a bare figure, the words that say lower is better. Data shared by every profile.
 */
import type { Comparison } from '../figures/types';

/** 指标性质 cell → comparison; 定性 marks a qualitative indicator. Matched on the normalised cell. */
export const NATURE_WORDS: ReadonlyArray<readonly [RegExp, Comparison | 'qualitative' | 'quantitative']> = [
  [/^(≥|>=|⩾|≧|﹥=|正向|正向指标|大于等于|不低于|不少于|越高越好|高于等于)$/, '>='],
  [/^(≤|<=|⩽|≦|反向|反向指标|小于等于|不高于|不超过|不大于|越低越好|低于等于)$/, '<='],
  [/^(=|＝|﹦|等于|持平|等于型)$/, '='],
  [/^(>|大于|高于)$/, '>'],
  [/^(<|小于|低于)$/, '<'],
  [/^定性/, 'qualitative'],
  [/^定量/, 'quantitative'],
];

/** Names of rates and counts where less is better (投诉率, 故障率, 重复信访件数, 结转结余率, 预算调整率, 控制率 …). */
export const LOWER_IS_BETTER =
  /投诉|差错|错误|故障|事故|发生率|发生次数|发生数|发生起数|超支|超标|调整率|结转结余|结余率|返工|空置|流失|重复|发回重办|失误|违规|违纪|误差|损耗|死亡|逾期|延误|不合格|缺陷|偏差|控制率|控制数/;

/** Names of amounts where less is better: costs, durations, consumption (not rates: 经费保障率 is a rate to raise). */
export const LOWER_AMOUNT =
  /成本|费用|经费|支出|造价|单价|开支|时长|耗时|用时|时限|周期|工期|天数|能耗|排放|等待|滞留|积压|退回|损失/;

/** Units of a duration: a bare figure in them is a limit (at most). */
export const DURATION_UNITS = /^(天|日|工作日|个工作日|小时|分钟|分|秒|周|个月|月)$/;

/** Money units: a bare cost in them is a limit, when the indicator is a cost. */
export const MONEY_UNITS = /^(元|万元|亿元|千元|百万元)$/;

/**
 * Qualitative results in families, higher rank is better: 达成 > 部分达成 > 未达成. 基本达成 / 基本健全 rank with the
 * full word: filers and reviewers read "basically met" as met, so it is never flagged.
 */
export const CATEGORY_FAMILIES: ReadonlyArray<ReadonlyArray<readonly [string, number]>> = [
  [
    ['达成', 3],
    ['全部达成', 3],
    ['已达成', 3],
    ['完成', 3],
    ['已完成', 3],
    ['全部完成', 3],
    ['基本达成', 3],
    ['部分达成', 2],
    ['基本完成', 3],
    ['部分完成', 2],
    ['未达成', 1],
    ['未完成', 1],
    ['达到', 3],
    ['已达到', 3],
    ['全部达到', 3],
    ['基本达到', 3],
    ['部分达到', 2],
    ['未达到', 1],
  ],
  [
    ['好', 4],
    ['很好', 4],
    ['优', 4],
    ['优秀', 4],
    ['较好', 3],
    ['良好', 3],
    ['良', 3],
    ['一般', 2],
    ['中', 2],
    ['合格', 2],
    ['较差', 1],
    ['差', 1],
    ['不合格', 1],
  ],
  [
    ['健全', 3],
    ['完善', 3],
    ['基本健全', 3],
    ['基本完善', 3],
    ['不健全', 1],
    ['不完善', 1],
  ],
  [
    ['合规', 3],
    ['基本合规', 3],
    ['不合规', 1],
  ],
  [
    ['公开', 3],
    ['已公开', 3],
    ['及时公开', 3],
    ['部分公开', 2],
    ['未公开', 1],
    ['不公开', 1],
  ],
  [
    ['及时', 3],
    ['基本及时', 3],
    ['不及时', 1],
  ],
  [
    ['有效', 3],
    ['基本有效', 3],
    ['无效', 1],
  ],
];

/**
 * Words filers append to a qualitative result ("达成预期指标", "部分达成预期目标", "达到年度目标"): the result is the
 * word before them.
 */
export const CATEGORY_FILLERS = /(预期指标|预期目标|年度目标|预期效果|目标值|目标|预期|要求)$/;

/**
 * A target stated as a change (较上年增长5%以上, 同比下降10%) and a result stated the same way (增长6.2%, 下降12%):
 * the figures after the change word are compared, a bare one meaning "at least that much change".
 */
export const CHANGE_WORDS: ReadonlyArray<readonly [RegExp, 'up' | 'down']> = [
  [/^(较上年|比上年|较去年|比去年|同比|环比|较上期)?(增长|提高|提升|增加|上升|增幅)/, 'up'],
  [/^(较上年|比上年|较去年|比去年|同比|环比|较上期)?(下降|降低|减少|降幅)/, 'down'],
];
