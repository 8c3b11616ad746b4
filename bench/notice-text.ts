/**
 * The words of the generated notice pages: sentences a research office writes around
 * programme names. None of them names a programme (the page generator checks that against
 * the catalogue before it writes a page), so every mention on a generated page is one the
 * generator planted and counted.
 *
 * `{name}` marks where a programme name goes; the text around it never continues a name
 * (it starts and ends with characters no catalogue name begins or ends with).
 */

export const ZH_SENTENCES: readonly string[] = [
  '各学院、各有关单位：根据上级主管部门通知要求，现将有关事项通知如下。',
  '申请人应当具有高级专业技术职务，并承担过三年以上的科研任务。',
  '请各单位认真组织，严格审核申报材料的真实性和完整性。',
  '申报材料须经所在单位审核并加盖公章后，于截止日期前报送科研管理部门。',
  '逾期提交或材料不全的申请将不予受理。',
  '合作方应当具有独立的实验室和稳定的研究队伍，双方应有良好的前期合作基础。',
  '经费预算应当目标相关、政策相符、经济合理，直接费用和间接费用分别编列。',
  '项目执行期一般为三至五年，起始时间统一填写为次年一月一日。',
  '申请书中的外方合作者须出具合作意向书，并注明合作内容和分工。',
  '联系人：科研管理办公室，电话：010-6288xxxx，电子邮箱：kyc@example.edu.cn。',
  '请于网上申报系统关闭前完成在线提交，系统关闭后不再接收任何材料。',
  '学校将组织校内专家对申请材料进行形式审查和学术把关。',
  '本通知未尽事宜，以主管部门正式发布的申报指南为准。',
  '申请人同年申请和参与申请的各类课题总数不得超过规定限额。',
  '已获资助的课题负责人应按期提交年度进展报告和结题报告。',
  '涉及科研伦理、生物安全和数据安全的研究，须提供相应的审查证明。',
  '各单位应加强对申报工作的组织协调，做好政策宣讲和咨询服务。',
  '合作研究应当立足前沿，有效利用境外科技资源，实现优势互补。',
  '双方共同确定研究计划，联合培养青年人才，推动成果共享。',
  '附件中列出了本年度可接受申请的合作伙伴和研究领域。',
  '专家评审意见将通过系统反馈，申请人可在规定时间内查询。',
  '请申请人仔细阅读申报须知，按照模板格式撰写申请书。',
  '对于弄虚作假的申请，一经查实，取消申报资格并按有关规定处理。',
  '本年度重点支持清洁能源、生物医药、先进制造和海洋科学等领域。',
  '经费使用须遵守财务管理规定，专款专用，接受审计和监督检查。',
  '中期检查将重点考察研究进展、经费使用和合作执行情况。',
  '请关注学校科研管理部门网站，及时了解最新动态。',
  '申请书提交后如需修改，须在截止日期前联系科研管理办公室退回。',
];

/** Chinese sentences with one programme name slot. */
export const ZH_NAME_SENTENCES: readonly string[] = [
  '现将申报{name}的有关事项通知如下。',
  '请有意申报{name}的教师于本周五前与科研管理办公室联系。',
  '根据《{name}管理办法》，申请人须与外方合作者共同提出申请。',
  '我校今年获批{name}共计十二项，资助总额较去年有所增长。',
  '关于组织申报{name}的通知已在网上申报系统发布。',
  '此次申报的{name}，执行期一般为三年。',
  '已承担{name}的负责人，应当按期提交进展报告。',
  '申请{name}的，须提供外方合作者签署的合作意向书。',
  '附件一为{name}的申请书模板，请下载后填写。',
  '往年获批的{name}情况见附件二。',
];

export const EN_SENTENCES: readonly string[] = [
  'Applicants should submit the signed form to the research office before the deadline.',
  'Late or incomplete applications will not be considered.',
  'The partner institution must run an independent laboratory and name a contact person.',
  'Budgets should list direct and indirect costs separately and follow the financial rules.',
  'Questions about eligibility can be sent to the international office by email.',
  'Reviewers will assess scientific merit, feasibility and the strength of the partnership.',
];

/** English sentences with one programme name slot (spaces around it keep word boundaries). */
export const EN_NAME_SENTENCES: readonly string[] = [
  'Applications for the {name} close on 15 March.',
  'Our university received funding from the {name} last year.',
  'Please read the guide to the {name} before you apply.',
  'Two teams were funded under the {name} in this round.',
];

export const HEADINGS: readonly string[] = [
  '关于做好本年度申报工作的通知',
  '申报要求',
  '申报程序与时间安排',
  '经费管理',
  '联系方式',
  '附件下载',
  '常见问题解答',
  '往年资助情况',
];

/** Headings with a programme name slot. */
export const ZH_NAME_HEADINGS: readonly string[] = [
  '关于组织申报{name}的通知',
  '{name}申报指南解读',
  '{name}立项名单公示',
];

export const TABLE_HEADER: readonly string[] = ['序号', '类别', '申报截止', '联系人', '备注'];
export const TABLE_CELLS: readonly string[] = [
  '3月20日',
  '4月15日',
  '5月10日',
  '王老师',
  '李老师',
  '张老师',
  '限额申报',
  '不限项',
  '需校内预审',
  '见附件',
];

/** Every piece of notice text, for the check that none of it names a programme. */
export const ALL_NOTICE_TEXTS: readonly string[] = [
  ...ZH_SENTENCES,
  ...ZH_NAME_SENTENCES,
  ...EN_SENTENCES,
  ...EN_NAME_SENTENCES,
  ...HEADINGS,
  ...ZH_NAME_HEADINGS,
  ...TABLE_HEADER,
  ...TABLE_CELLS,
];
