package io.rightsflow.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandCounterInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.JakartaTransactionInterceptor;
import org.camunda.bpm.engine.impl.interceptor.LogInterceptor;

/**
 * The JTA engine configuration, with one change: Agroal refuses deferred enlistment, so the
 * schema operations (which the stock configuration runs outside any transaction) run inside one.
 */
class RightsflowEngineConfiguration extends JakartaTransactionProcessEngineConfiguration {

    @Override
    protected void initCommandExecutorDbSchemaOperations() {
        if (commandExecutorSchemaOperations == null) {
            List<CommandInterceptor> chain = List.of(
                    new LogInterceptor(),
                    new CommandCounterInterceptor(this),
                    new JakartaTransactionInterceptor(transactionManager, false, this),
                    new CommandContextInterceptor(dbSchemaOperationsCommandContextFactory, this),
                    actualCommandExecutor);
            commandExecutorSchemaOperations = initInterceptorChain(new ArrayList<>(chain));
        }
    }
}
